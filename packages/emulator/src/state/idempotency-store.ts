/** A stored first answer to an idempotent request. */
export interface StoredResponse {
  bodyFingerprint: string;
  status: number;
  body: unknown;
  expiresAt: number;
}

/** Keeps first answers by account + endpoint + Idempotency-Key for 24 h (API.md DECISION). */
export class IdempotencyStore {
  private readonly entries = new Map<string, StoredResponse>();

  get(scope: string, now: number): StoredResponse | undefined {
    const entry = this.entries.get(scope);
    if (entry && entry.expiresAt <= now) {
      this.entries.delete(scope);
      return undefined;
    }
    return entry;
  }

  set(scope: string, response: StoredResponse): void {
    this.entries.set(scope, response);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Same JSON value → same fingerprint, whatever the key order or spacing of the body. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(canonical(value));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
