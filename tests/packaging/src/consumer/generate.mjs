// ESM consumer: the core through import (its "import" condition, dist/*.mjs).
import * as core from "@rivya-kit/core/node";
import runGenerate from "./run-generate.cjs";

await runGenerate(core, "ESM");
