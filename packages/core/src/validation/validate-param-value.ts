import type { ParamDefinition } from "../catalog/model-definition.js";
import type { ValidationIssue } from "../errors/rivya-validation-error.js";
import { describeOptions, describeValue } from "./describe-value.js";

/** What a parameter accepts, as messages word it: `3, 4, …, 15`, `0 to 1 in steps of 0.05`, `text`. */
export function describeParamAllowed(param: ParamDefinition): string {
  switch (param.type) {
    case "select":
      return describeOptions(param.options ?? []);
    case "number": {
      let range = "a number";
      if (param.min !== undefined && param.max !== undefined) range = `${param.min} to ${param.max}`;
      else if (param.min !== undefined) range = `at least ${param.min}`;
      else if (param.max !== undefined) range = `at most ${param.max}`;
      return param.step === undefined ? range : `${range} in steps of ${param.step}`;
    }
    case "array":
      return "a list";
    default:
      return "text";
  }
}

const numeric = /^-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

// Float steps such as 0.05 cannot be checked with `%`: 0.15 % 0.05 is 0.04999…
function isOnStep(value: number, base: number, step: number): boolean {
  const steps = (value - base) / step;
  return Math.abs(steps - Math.round(steps)) < 1e-9 * Math.max(1, Math.abs(steps));
}

/** The outcome of checking one parameter value. */
export type ParamValueResult = { ok: true; value: unknown } | { ok: false; issue: ValidationIssue };

/**
 * Checks one value against its definition and normalises it to what the API expects:
 * `select` → the exact option string (`5` → `"5"`, `true` → `"true"`), numeric strings → numbers.
 */
export function validateParamValue(
  param: ParamDefinition,
  value: unknown,
  modelId: string,
): ParamValueResult {
  const path = `params.${param.key}`;
  const allowed = describeParamAllowed(param);
  const fail = (problem: string, allowedValue: unknown = allowed): ParamValueResult => ({
    ok: false,
    issue: {
      path,
      message: `${path}: ${describeValue(value)} ${problem} (allowed: ${allowed})`,
      received: value,
      allowed: allowedValue,
    },
  });

  switch (param.type) {
    case "select": {
      const options = param.options ?? [];
      const text = typeof value === "number" || typeof value === "boolean" ? String(value) : value;
      if (typeof text === "string" && options.includes(text)) return { ok: true, value: text };
      const shown = describeValue(text);
      return {
        ok: false,
        issue: {
          path,
          message: `${path}: ${shown} is not allowed for ${modelId} (allowed: ${allowed})`,
          received: value,
          allowed: options,
        },
      };
    }
    case "number": {
      const number = typeof value === "string" && numeric.test(value.trim()) ? Number(value.trim()) : value;
      if (typeof number !== "number" || !Number.isFinite(number)) return fail("is not a number");
      const outOfRange =
        (param.min !== undefined && number < param.min) || (param.max !== undefined && number > param.max);
      if (outOfRange) return fail(`is out of range for ${modelId}`);
      if (param.step !== undefined && !isOnStep(number, param.min ?? 0, param.step)) {
        return fail(`is not allowed for ${modelId}`);
      }
      return { ok: true, value: number };
    }
    case "text":
      return typeof value === "string" ? { ok: true, value } : fail("is not text");
    case "array":
      return Array.isArray(value) ? { ok: true, value } : fail("is not a list");
    default:
      return { ok: true, value };
  }
}
