import { describe, expect, it } from "vitest";
import { createLeveledLogger } from "./leveled-logger.js";
import type { RivyaLogger } from "./logger.js";

function recorder() {
  const lines: [string, string, unknown][] = [];
  const logger: RivyaLogger = {
    debug: (message, fields) => lines.push(["debug", message, fields]),
    info: (message, fields) => lines.push(["info", message, fields]),
    warn: (message, fields) => lines.push(["warn", message, fields]),
    error: (message, fields) => lines.push(["error", message, fields]),
  };
  return { lines, logger };
}

describe("createLeveledLogger", () => {
  it("drops lines below the level", () => {
    const { lines, logger } = recorder();
    const leveled = createLeveledLogger(logger, "warn");
    leveled.debug("d");
    leveled.info("i");
    leveled.warn("w");
    leveled.error("e");
    expect(lines.map(([level]) => level)).toEqual(["warn", "error"]);
    createLeveledLogger(logger, "off").error("nothing");
    expect(lines).toHaveLength(2);
  });

  it("redacts API keys and signing secrets in messages and fields", () => {
    const { lines, logger } = recorder();
    const leveled = createLeveledLogger(logger, "debug");
    leveled.info("key rvya_sk_live_abcdef123 failed", {
      headers: { Authorization: "Bearer rvya_sk_live_abcdef123" },
      endpoint: { signing_secret: "whsec_c2VjcmV0", note: "uses whsec_c2VjcmV0" },
      requestId: "req_1",
    });
    const text = JSON.stringify(lines);
    expect(text).not.toContain("abcdef123");
    expect(text).not.toContain("c2VjcmV0");
    expect(text).toContain("req_1");
    expect(lines[0]![1]).toBe("key rvya_sk_…[redacted] failed");
  });
});
