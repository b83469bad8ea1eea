// Every entry of every library package through import(): prints entry → export names.
const entries = [
  "@rivya-kit/core",
  "@rivya-kit/core/catalog",
  "@rivya-kit/core/node",
  "@rivya-kit/emulator",
  "@rivya-kit/cli",
];
const found = {};
for (const entry of entries) found[entry] = Object.keys(await import(entry)).sort();
console.log(JSON.stringify(found));
