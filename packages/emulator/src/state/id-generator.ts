import type { RandomSource } from "./seeded-random.js";

const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";

/** Makes ids like `task_k3j…` from the seeded random source, so a seeded run is reproducible. */
export type IdGenerator = (prefix: string, length?: number) => string;

export function createIdGenerator(random: RandomSource): IdGenerator {
  return (prefix, length = 24) => {
    let id = "";
    for (let index = 0; index < length; index++) id += alphabet[Math.floor(random() * alphabet.length)];
    return `${prefix}_${id}`;
  };
}
