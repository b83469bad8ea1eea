import { describe, expect, it } from "vitest";
import { createVirtualClock } from "./virtual-clock.js";

describe("virtual clock", () => {
  it("runs at its speed, keeps elapsed time across speed changes and jumps on advance", () => {
    let real = 1000;
    const clock = createVirtualClock({ start: 50_000, speed: 10, realNow: () => real });
    real += 100;
    expect(clock.now()).toBe(51_000);
    clock.setSpeed(1);
    expect(clock.now()).toBe(51_000);
    real += 100;
    expect(clock.now()).toBe(51_100);
    clock.advance(5_000);
    expect(clock.now()).toBe(56_100);
    expect(clock.speed).toBe(1);
  });

  it("rejects a speed ≤ 0 and a negative advance", () => {
    const clock = createVirtualClock({ start: 0, speed: 1, realNow: () => 0 });
    expect(() => clock.setSpeed(0)).toThrow(/speed/);
    expect(() => clock.advance(-1)).toThrow(/advance/);
  });
});
