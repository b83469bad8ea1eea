import type { ResultMedia } from "./render-result.js";

/**
 * Rendered results by key, least recently used dropped first once `maxBytes` is exceeded, so
 * range requests and repeated downloads do not render again while memory stays bounded.
 * Concurrent requests for the same key share one render, and renders run one at a time, so
 * decoding several large photos never holds more than one in memory.
 */
export class ResultCache {
  private readonly entries = new Map<string, Promise<ResultMedia>>();
  private readonly sizes = new Map<string, number>();
  private bytes = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly maxBytes: number) {}

  get(key: string, render: () => Promise<ResultMedia>): Promise<ResultMedia> {
    const cached = this.entries.get(key);
    if (cached) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const pending = this.queue.then(render).then(
      (media) => {
        if (this.entries.get(key) === pending) this.account(key, media.bytes.byteLength);
        return media;
      },
      (error: unknown) => {
        this.entries.delete(key);
        throw error;
      },
    );
    this.queue = pending.catch(() => undefined);
    this.entries.set(key, pending);
    return pending;
  }

  private account(key: string, size: number): void {
    this.sizes.set(key, size);
    this.bytes += size;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes || oldest === key) break;
      this.entries.delete(oldest);
      this.bytes -= this.sizes.get(oldest) ?? 0;
      this.sizes.delete(oldest);
    }
  }
}
