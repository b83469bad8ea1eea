import type { GenerateOptions, GenerateRequest, GenerateResult, RivyaClient } from "@rivya-kit/core";
import { generate } from "@rivya-kit/core/node";
import type { GenerateProgress } from "../output/generate-progress.js";

/** The core's `generate` with its events shown on `progress`; the display is cleared either way. */
export async function runGeneration(
  client: RivyaClient,
  request: GenerateRequest,
  options: GenerateOptions,
  progress: GenerateProgress,
): Promise<GenerateResult> {
  try {
    const result = await generate(client, request, {
      ...options,
      onEvent: (event) => {
        progress.handle(event);
        options.onEvent?.(event);
      },
    });
    progress.stop();
    return result;
  } catch (error) {
    progress.stop(true);
    throw error;
  }
}
