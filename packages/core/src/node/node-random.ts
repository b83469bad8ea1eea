import { randomInt } from "node:crypto";
import type { Random } from "../transport/sleep.js";

// randomInt accepts at most 2^48 - 1 as its (exclusive) bound.
const range = 2 ** 48 - 1;

/** Cryptographically strong `Random` (idempotency keys must not collide across processes). */
export const nodeRandom: Random = () => randomInt(range) / range;
