// The ES-module side of the TypeScript consumer (node16 picks the "import" condition and .d.mts types).
import type { GenerateResult } from "@rivya-kit/core";
import { getModel } from "@rivya-kit/core/catalog";
import { createRivyaClient, generate } from "@rivya-kit/core/node";
import { startEmulator } from "@rivya-kit/emulator";

const emulator = await startEmulator({ port: 0 });
const client = createRivyaClient({ apiKey: emulator.apiKey, baseUrl: emulator.url });
const result: GenerateResult = await generate(client, { model: "kling-3-0", prompt: "A fox" });
export const summary: string = `${result.status} ${getModel("kling-3-0")?.credits ?? 0}`;
await emulator.close();
