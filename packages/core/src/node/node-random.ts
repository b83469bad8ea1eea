import { randomInt } from "node:crypto";
import type { Random } from "../transport/sleep.js";

const range = 2 ** 48;

/** Cryptographically strong `Random` (idempotency keys must not collide across processes). */
export const nodeRandom: Random = () => randomInt(range) / range;
