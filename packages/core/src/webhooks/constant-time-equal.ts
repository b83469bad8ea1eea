/**
 * Compares two byte strings in time that depends only on their length, never on where they first
 * differ, so a forger learns nothing from response timings. (Pure JS: `timingSafeEqual` is Node-only.)
 */
export function constantTimeEqual(left: Uint8Array, right: Uint8Array): boolean {
  if (left.length !== right.length) return false;
  let difference = 0;
  for (let index = 0; index < left.length; index += 1) {
    difference |= (left[index] ?? 0) ^ (right[index] ?? 0);
  }
  return difference === 0;
}
