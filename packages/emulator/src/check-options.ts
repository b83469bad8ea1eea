import type { EmulatorOptions } from "./emulator-options.js";
import { minimumResultSizeBytes } from "./media/large-mp4-stream.js";

/** Rejects options that would only fail later, naming the option, the value and what is allowed. */
export function checkOptions(options: EmulatorOptions): void {
  const fail = (message: string): never => {
    throw new RangeError(`startEmulator: ${message}`);
  };
  if (options.speed !== undefined && !(options.speed > 0 && Number.isFinite(options.speed))) {
    fail(`speed: ${options.speed} is not allowed (allowed: a finite number > 0)`);
  }
  if (options.failureRate !== undefined && !(options.failureRate >= 0 && options.failureRate <= 1)) {
    fail(`failureRate: ${options.failureRate} is not allowed (allowed: 0 to 1)`);
  }
  if (options.credits !== undefined && !(options.credits >= 0)) {
    fail(`credits: ${options.credits} is not allowed (allowed: a number ≥ 0)`);
  }
  const minimum = minimumResultSizeBytes;
  const size = options.resultSizeBytes;
  if (size !== undefined && size !== null && !(Number.isSafeInteger(size) && size >= minimum)) {
    fail(`resultSizeBytes: ${size} is not allowed (allowed: an integer ≥ ${minimum}, or null)`);
  }
  if (options.rateLimit) {
    const { limit, windowMs } = options.rateLimit;
    if (!(Number.isInteger(limit) && limit > 0) || !(windowMs > 0)) {
      fail(
        `rateLimit: ${JSON.stringify(options.rateLimit)} is not allowed (allowed: { limit: integer > 0, windowMs > 0 } or false)`,
      );
    }
  }
  const delays = options.webhookRetryDelaysMs;
  if (delays !== undefined && !delays.every((delay) => Number.isFinite(delay) && delay >= 0)) {
    fail(`webhookRetryDelaysMs: ${JSON.stringify(delays)} is not allowed (allowed: numbers ≥ 0)`);
  }
}
