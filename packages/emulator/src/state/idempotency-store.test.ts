import { describe, expect, it } from "vitest";
import { fingerprint, IdempotencyStore } from "./idempotency-store.js";

describe("idempotency store", () => {
  it("fingerprints JSON values independently of key order, not of values", () => {
    expect(fingerprint({ a: 1, b: { c: [1, 2], d: "x" } })).toBe(
      fingerprint({ b: { d: "x", c: [1, 2] }, a: 1 }),
    );
    expect(fingerprint({ a: [1, 2] })).not.toBe(fingerprint({ a: [2, 1] }));
    expect(fingerprint({ a: "1" })).not.toBe(fingerprint({ a: 1 }));
  });

  it("forgets entries at their expiry", () => {
    const store = new IdempotencyStore();
    store.set("k", { bodyFingerprint: "f", status: 200, body: {}, expiresAt: 100 });
    expect(store.get("k", 99)).toBeDefined();
    expect(store.get("k", 100)).toBeUndefined();
  });
});
