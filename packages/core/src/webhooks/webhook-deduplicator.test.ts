import { describe, expect, it } from "vitest";
import { createWebhookDeduplicator } from "./webhook-deduplicator.js";

describe("createWebhookDeduplicator", () => {
  it("accepts an id once, and forgets the oldest beyond its limit", () => {
    const deduplicator = createWebhookDeduplicator(2);
    expect(deduplicator.firstTime("msg_1")).toBe(true);
    expect(deduplicator.firstTime("msg_1")).toBe(false);
    expect(deduplicator.firstTime("msg_2")).toBe(true);
    expect(deduplicator.firstTime("msg_3")).toBe(true);
    expect(deduplicator.size).toBe(2);
    expect(deduplicator.firstTime("msg_2")).toBe(false);
    expect(deduplicator.firstTime("msg_1")).toBe(true);
  });
});
