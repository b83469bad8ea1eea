// Placeholder build (issue 8 replaces it): compiles nodes and credentials to dist/.
import { mkdirSync } from "node:fs";

mkdirSync(new URL("../dist", import.meta.url), { recursive: true });
