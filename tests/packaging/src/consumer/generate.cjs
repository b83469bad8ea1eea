// CommonJS consumer: the core through require (its "require" condition, dist/*.cjs).
const runGenerate = require("./run-generate.cjs");

runGenerate(require("@rivya-kit/core/node"), "CJS").catch((error) => {
  console.error(error);
  process.exit(1);
});
