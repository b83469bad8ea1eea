import type { ModelDefinition } from "../catalog/model-definition.js";
import type { ValidationContext } from "./validation-context.js";

/** Length in Unicode characters (code points): an emoji counts once, as on Rivya's side. */
export function promptLength(prompt: string): number {
  let length = 0;
  for (const _character of prompt) length += 1;
  return length;
}

function allowedText(model: ModelDefinition): string {
  return model.promptMax === undefined ? "text" : `1 to ${model.promptMax} characters`;
}

/**
 * Checks presence and length of the prompt (its type was checked with the request's shape).
 * @returns the prompt to send, or undefined.
 */
export function validatePrompt(
  prompt: string | null | undefined,
  model: ModelDefinition,
  context: ValidationContext,
): string | undefined {
  if (prompt === undefined || prompt === null || prompt.trim() === "") {
    if (model.promptRequired) {
      context.issues.push({
        path: "prompt",
        message: `prompt is required for ${model.id} (allowed: ${allowedText(model)})`,
        received: prompt ?? undefined,
        allowed: model.promptMax,
      });
    }
    return undefined;
  }
  if (model.promptMax === undefined && !model.promptRequired) {
    context.warnings.push(
      `prompt is not documented for ${model.id} (it takes its input from params): sent as given`,
    );
    return prompt;
  }
  const length = promptLength(prompt);
  if (model.promptMax !== undefined && length > model.promptMax) {
    context.issues.push({
      path: "prompt",
      message: `prompt: ${length} characters is too long for ${model.id} (allowed: at most ${model.promptMax} characters)`,
      received: length,
      allowed: model.promptMax,
    });
  }
  return prompt;
}
