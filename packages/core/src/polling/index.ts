export {
  DEFAULT_EXPECTED_SECONDS,
  EXPECTED_SECONDS_BY_MODEL,
  expectedDurationMs,
} from "./expected-durations.js";
export { firstPollDelay, nextPollDelay, type PollScheduleOptions } from "./poll-schedule.js";
export { type WaitDependencies, waitForTask } from "./wait-for-task.js";
export { DEFAULT_WAIT_TIMEOUT_MS, type WaitOptions, type WaitProgress } from "./wait-options.js";
