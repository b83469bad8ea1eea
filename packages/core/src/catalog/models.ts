import type { ModelDefinition } from "./model-definition.js";
import { modelsData } from "./models-data.js";

/** Every model of the built-in catalog (37 on 2026-05-11), video first, then image, then audio. */
export const models: readonly ModelDefinition[] = modelsData;
