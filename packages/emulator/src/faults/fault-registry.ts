import { ApiError } from "../http/api-error.js";
import type { IdGenerator } from "../state/id-generator.js";
import type { RandomSource } from "../state/seeded-random.js";
import type { FaultSpec } from "./fault-spec.js";
import { compileRoutePattern } from "./route-pattern.js";

/** An active fault, as listed by the control API. */
export interface ActiveFault {
  id: string;
  spec: FaultSpec;
  remaining: number;
  /** How many times it has fired. */
  fired: number;
}

const kinds = new Set([
  "error",
  "html_error",
  "rate_limit",
  "reset",
  "slow_headers",
  "truncated_body",
  "malformed_body",
  "task_failure",
]);

/** Holds injected faults and decides, deterministically, which request or task each one hits. */
export class FaultRegistry {
  private faults: (ActiveFault & { matches: (method: string, path: string) => boolean })[] = [];

  constructor(
    private readonly random: RandomSource,
    private readonly newId: IdGenerator,
  ) {}

  inject(spec: FaultSpec): ActiveFault {
    if (!kinds.has(spec.kind)) {
      throw new ApiError(
        "validation_failed",
        `kind: "${spec.kind}" is unknown; one of ${[...kinds].join(", ")}`,
      );
    }
    const count = spec.count ?? 1;
    if (!Number.isInteger(count) || count < 1)
      throw new ApiError("validation_failed", `count: must be an integer ≥ 1, got ${count}`);
    const probability = spec.probability ?? 1;
    if (!(probability >= 0 && probability <= 1)) {
      throw new ApiError("validation_failed", `probability: must be between 0 and 1, got ${probability}`);
    }
    if (spec.kind === "error" && spec.status !== undefined && ![500, 502, 503].includes(spec.status)) {
      throw new ApiError("validation_failed", `status: must be 500, 502 or 503, got ${spec.status}`);
    }
    if (spec.kind === "html_error" && spec.status !== undefined && ![502, 503, 504].includes(spec.status)) {
      throw new ApiError("validation_failed", `status: must be 502, 503 or 504, got ${spec.status}`);
    }
    const fault = {
      id: this.newId("fault", 12),
      spec,
      remaining: count,
      fired: 0,
      matches: compileRoutePattern("route" in spec ? spec.route : undefined),
    };
    this.faults.push(fault);
    return this.publicView(fault);
  }

  list(): ActiveFault[] {
    return this.faults.map((fault) => this.publicView(fault));
  }

  clear(): void {
    this.faults = [];
  }

  /** The response fault that hits this request, if any (consumes one of its `count`). */
  takeResponseFault(method: string, path: string): Exclude<FaultSpec, { kind: "task_failure" }> | undefined {
    for (const fault of this.faults) {
      if (fault.spec.kind === "task_failure" || !fault.matches(method, path)) continue;
      if (this.fire(fault)) return fault.spec;
    }
    return undefined;
  }

  /** The task-failure fault that hits a new task of `model`, if any. */
  takeTaskFailure(model: string): Extract<FaultSpec, { kind: "task_failure" }> | undefined {
    for (const fault of this.faults) {
      if (fault.spec.kind !== "task_failure") continue;
      if (fault.spec.model !== undefined && fault.spec.model !== model) continue;
      if (this.fire(fault)) return fault.spec;
    }
    return undefined;
  }

  private fire(fault: ActiveFault): boolean {
    if (this.random() >= (fault.spec.probability ?? 1)) return false;
    fault.fired++;
    fault.remaining--;
    if (fault.remaining <= 0) this.faults = this.faults.filter((candidate) => candidate !== fault);
    return true;
  }

  private publicView(fault: ActiveFault): ActiveFault {
    return { id: fault.id, spec: fault.spec, remaining: fault.remaining, fired: fault.fired };
  }
}
