import { type Catalog, defaultCatalog } from "../catalog/catalog.js";
import type { BillingType } from "../catalog/model-definition.js";
import type { ModelId, ParamsOf } from "../catalog/model-types.js";

/**
 * How a line's credits were worked out:
 * - `fixed`: the model's base price, which is what a successful task costs;
 * - `metered_estimate`: a METERED model's base price; the real charge is settled from usage;
 * - `unknown_model`: the catalog does not know the model, so its price is unknown (`credits` undefined).
 */
export type EstimateBasis = "fixed" | "metered_estimate" | "unknown_model";

/** The estimate of one request. */
export interface EstimateLine {
  model: string;
  /** Credits the request will reserve; `undefined` when the model's price is unknown. */
  credits: number | undefined;
  billing: BillingType | undefined;
  basis: EstimateBasis;
}

/** The estimate of one request or a batch. */
export interface CreditEstimate {
  /** Sum of the known lines' credits. A lower bound when `complete` is false. */
  total: number;
  /** One line per request, in request order. */
  lines: EstimateLine[];
  /** `false` when some model's price is unknown: `total` leaves those out. */
  complete: boolean;
  /** `true` when every line is a fixed price (no metered estimate, nothing unknown). */
  exact: boolean;
}

/**
 * A request as `estimateCredits` reads it: the model id (the price depends only on it), with
 * `params` typed by the catalog for a known model, so a request checks the same way here as in
 * `generate`. The other request fields are accepted as they are.
 */
export interface EstimateRequest<Model extends ModelId = ModelId> {
  model: Model;
  params?: ParamsOf<Model> | null | undefined;
  prompt?: unknown;
  client_request_id?: unknown;
  references?: unknown;
}

/** Options of `estimateCredits`. */
export interface EstimateCreditsOptions {
  /** The catalog whose prices apply, e.g. one merged with `GET /models`. @default the built-in catalog */
  catalog?: Catalog | undefined;
}

/**
 * Estimates what one request or a batch will cost, from the models' base prices (Rivya publishes one
 * price per model and reserves it when a task starts; failed tasks are refunded).
 */
export function estimateCredits<Model extends ModelId>(
  request: EstimateRequest<Model> | readonly EstimateRequest[],
  options: EstimateCreditsOptions = {},
): CreditEstimate {
  const catalog = options.catalog ?? defaultCatalog;
  const requests: readonly { model: string }[] = Array.isArray(request)
    ? request
    : [request as EstimateRequest];
  const lines = requests.map((item): EstimateLine => {
    const model = catalog.get(item.model);
    if (model === undefined)
      return { model: item.model, credits: undefined, billing: undefined, basis: "unknown_model" };
    return {
      model: item.model,
      credits: model.credits,
      billing: model.billing,
      basis: model.billing === "METERED" ? "metered_estimate" : "fixed",
    };
  });
  return {
    total: lines.reduce((sum, line) => sum + (line.credits ?? 0), 0),
    lines,
    complete: lines.every((line) => line.basis !== "unknown_model"),
    exact: lines.every((line) => line.basis === "fixed"),
  };
}
