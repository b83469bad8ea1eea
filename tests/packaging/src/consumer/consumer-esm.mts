// The same consumer as an ES module (node16: the import conditions and .d.mts types).
import { type GenerateRequest, listModels, RivyaError } from "@rivya-kit/core";
import { estimateCredits, getModel, type KnownModelId } from "@rivya-kit/core/catalog";
import { createRivyaClient, generate } from "@rivya-kit/core/node";
import { type RunningEmulator, startEmulator } from "@rivya-kit/emulator";

const model: KnownModelId = "kling-3-0";
const request: GenerateRequest = { model, prompt: "A red fox", params: { duration: 5 } };

export async function run(): Promise<string | undefined> {
  const emulator: RunningEmulator = await startEmulator({ port: 0 });
  try {
    const client = createRivyaClient({ apiKey: emulator.apiKey, baseUrl: emulator.url });
    const result = await generate(client, request, { wait: true });
    const credits: number | undefined = estimateCredits(request).total;
    return `${result.taskId} ${credits} ${getModel(model)?.displayName} ${listModels().length}`;
  } catch (error) {
    if (RivyaError.isInstance(error)) return error.code;
    throw error;
  } finally {
    await emulator.close();
  }
}
