// Every CommonJS entry through require(): prints entry → export names.
const entries = ["@rivya-kit/core", "@rivya-kit/core/catalog", "@rivya-kit/core/node", "@rivya-kit/emulator"];
const found = {};
for (const entry of entries) found[entry] = Object.keys(require(entry)).sort();
console.log(JSON.stringify(found));
