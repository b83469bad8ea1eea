/**
 * The emulator's clock: `now = start + real elapsed × speed + advanced`. Tests scale it (a 60 s
 * job finishes in 0.6 s at speed 100) or jump it (`advance`) instead of sleeping.
 */
export interface VirtualClock {
  /** Virtual time in epoch milliseconds. */
  now(): number;
  /** Current speed factor (1 = real time). */
  readonly speed: number;
  /** Changes the speed from now on; time already elapsed is kept, so the clock never jumps. */
  setSpeed(speed: number): void;
  /** Moves virtual time forward by `ms`. */
  advance(ms: number): void;
}

export interface VirtualClockOptions {
  /** Virtual epoch milliseconds at creation. */
  start: number;
  speed: number;
  /** Real monotonic milliseconds (injectable for tests). */
  realNow: () => number;
}

export function createVirtualClock(options: VirtualClockOptions): VirtualClock {
  let anchorVirtual = options.start;
  let anchorReal = options.realNow();
  let speed = assertSpeed(options.speed);
  const now = (): number => Math.floor(anchorVirtual + (options.realNow() - anchorReal) * speed);
  return {
    now,
    get speed() {
      return speed;
    },
    setSpeed(next) {
      anchorVirtual = now();
      anchorReal = options.realNow();
      speed = assertSpeed(next);
    },
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0)
        throw new RangeError(`advance: ms must be a finite number ≥ 0, got ${ms}`);
      anchorVirtual += ms;
    },
  };
}

function assertSpeed(speed: number): number {
  if (!Number.isFinite(speed) || speed <= 0) {
    throw new RangeError(`speed must be a finite number > 0, got ${speed}`);
  }
  return speed;
}
