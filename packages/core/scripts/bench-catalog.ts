// Prints how long the pure catalog work takes per call (validation, sniffing, estimates).
// Not a test: run after a build, `pnpm build && node scripts/bench-catalog.ts`.
import { readFileSync } from "node:fs";
import * as catalog from "../dist/catalog.mjs";

function measure(name: string, iterations: number, run: () => void): void {
  for (let index = 0; index < Math.min(iterations, 2000); index += 1) run(); // warm up
  const start = performance.now();
  for (let index = 0; index < iterations; index += 1) run();
  const microseconds = ((performance.now() - start) * 1000) / iterations;
  process.stdout.write(`${name.padEnd(52)} ${microseconds.toFixed(2)} µs/call\n`);
}

const valid = {
  model: "kling-3-0",
  prompt: "A red fox running through fresh snow",
  params: { duration: 10, sound: true, aspect_ratio: "9:16" },
  references: [{ mimeType: "image/png", sizeBytes: 2_000_000, name: "start.png" }],
};
const invalid = { model: "kling-3-0", params: { duration: 20, foo: 1 } };
const mp3 = new Uint8Array(readFileSync(new URL("../test/fixtures/tone.mp3", import.meta.url)));
const batch = Array.from({ length: 1000 }, (_, index) => ({ model: catalog.models[index % 37]!.id }));

measure("validateRequest (valid, 3 params, 1 reference)", 50_000, () => catalog.validateRequest(valid));
measure("validateRequest (invalid, throws with 3 issues)", 50_000, () => {
  try {
    catalog.validateRequest(invalid);
  } catch {
    // expected
  }
});
measure("sniffMediaType (MP3)", 200_000, () => catalog.sniffMediaType(mp3));
measure("estimateCredits (batch of 1000 requests)", 2_000, () => catalog.estimateCredits(batch));
measure("mergeLiveModels (37 live entries)", 2_000, () =>
  catalog.mergeLiveModels(
    catalog.defaultCatalog,
    catalog.models.map((model) => ({ id: model.id, base_credits: model.credits, api_status: "available" })),
  ),
);
