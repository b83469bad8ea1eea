// Preload (`node --import ./scripts/record-loaded-modules.mjs bin/rivya.js …`) that writes every
// module the process loads, one URL a line, to $RIVYA_LOADED_MODULES_FILE at exit. Used by the
// start-up test (which modules `rivya --help` loads is a noise-free stand-in for its start time)
// and by bench/cli-start.mjs.
import { writeFileSync } from "node:fs";
import { registerHooks } from "node:module";

const loaded = [];
registerHooks({
  load(url, context, nextLoad) {
    loaded.push(url);
    return nextLoad(url, context);
  },
});
process.on("exit", () => {
  if (process.env.RIVYA_LOADED_MODULES_FILE) {
    writeFileSync(process.env.RIVYA_LOADED_MODULES_FILE, `${loaded.join("\n")}\n`);
  }
});
