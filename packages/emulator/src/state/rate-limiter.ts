/** Requests allowed per window and API key. */
export interface RateLimitOptions {
  /** @default 600 */
  limit: number;
  /** Window length in virtual milliseconds. @default 60000 */
  windowMs: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Virtual epoch ms when the window resets. */
  resetAt: number;
}

/** Fixed windows on the virtual clock, one per API key. */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly options: RateLimitOptions) {}

  take(key: string, now: number): RateLimitDecision {
    let window = this.windows.get(key);
    if (!window || now >= window.start + this.options.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    const allowed = window.count < this.options.limit;
    if (allowed) window.count++;
    return {
      allowed,
      limit: this.options.limit,
      remaining: this.options.limit - window.count,
      resetAt: window.start + this.options.windowMs,
    };
  }

  clear(): void {
    this.windows.clear();
  }
}
