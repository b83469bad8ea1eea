import type { ModelDefinition } from "../catalog/model-definition.js";
import { describeValue } from "./describe-value.js";
import { describeParamAllowed, validateParamValue } from "./validate-param-value.js";
import type { ValidationContext } from "./validation-context.js";

/** The params key that carries already uploaded reference media. */
export const referenceItemsKey = "referenceMediaItems";

/** Whether a model takes reference files at all (its inputs or its rules say so). */
export function acceptsReferences(model: ModelDefinition): boolean {
  return model.inputs.includes("file") || model.references !== undefined;
}

/**
 * Checks every param the caller set (unknown keys, select options, ranges, steps) and the
 * required ones. `referenceMediaItems` is left to the reference checks.
 * @returns the params to send (normalised, only the keys set), or undefined when none.
 */
export function validateParams(
  params: Record<string, unknown> | null | undefined,
  model: ModelDefinition,
  context: ValidationContext,
): Record<string, unknown> | undefined {
  const given = params ?? {};
  const byKey = new Map(model.params.map((param) => [param.key, param]));
  const allowedKeys = [...byKey.keys()];
  if (acceptsReferences(model)) allowedKeys.push(referenceItemsKey);
  const body: Record<string, unknown> = {};

  for (const [key, value] of Object.entries(given)) {
    // An unset value (undefined or null) is not sent: adapters pass optional fields that way.
    if (value === undefined || value === null) continue;
    const param = byKey.get(key);
    if (param === undefined) {
      if (key === referenceItemsKey && acceptsReferences(model)) {
        body[key] = value;
      } else if (model.paramsComplete) {
        context.issues.push({
          path: `params.${key}`,
          message: `params.${key}: ${describeValue(value)} is not a parameter of ${model.id} (allowed keys: ${allowedKeys.length === 0 ? "none" : allowedKeys.join(", ")})`,
          received: key,
          allowed: allowedKeys,
        });
      } else {
        context.warnings.push(
          `params.${key} is not documented for ${model.id} (its page is partly readable): sent as given`,
        );
        body[key] = value;
      }
      continue;
    }
    const result = validateParamValue(param, value, model.id);
    if (result.ok) body[key] = result.value;
    else context.issues.push(result.issue);
  }

  for (const param of model.params) {
    if (param.required === true && (given[param.key] === undefined || given[param.key] === null)) {
      const suggestion =
        param.default === undefined ? "" : `; documented default: ${JSON.stringify(param.default)}`;
      context.issues.push({
        path: `params.${param.key}`,
        message: `params.${param.key} is required for ${model.id} (allowed: ${describeParamAllowed(param)}${suggestion})`,
        allowed: param.options ?? describeParamAllowed(param),
      });
    }
  }
  const requiredDeclared = model.params.some((param) => param.required === true);
  if (model.paramsRequired && !requiredDeclared && Object.keys(body).length === 0) {
    context.issues.push({
      path: "params",
      message: `params is required for ${model.id} (allowed keys: ${allowedKeys.join(", ")})`,
      allowed: allowedKeys,
    });
  }
  return Object.keys(body).length === 0 ? undefined : body;
}
