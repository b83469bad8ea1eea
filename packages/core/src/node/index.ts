// Node edge: defaults for transport (fetch), timers and the file system (issue 5).
export * from "../index.js";
