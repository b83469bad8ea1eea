import { describe, expect, it } from "vitest";
import { detectOutputMode } from "./output-mode.js";

describe("detectOutputMode", () => {
  it("--json always gives one document", () => {
    expect(detectOutputMode(true, { isTTY: true, columns: 80 }, {})).toBe("json");
  });

  it("a live display only on a terminal of known width, outside CI", () => {
    expect(detectOutputMode(false, { isTTY: true, columns: 80 }, {})).toBe("tty");
    expect(detectOutputMode(false, { isTTY: true, columns: 0 }, {})).toBe("plain");
    expect(detectOutputMode(false, { isTTY: false }, {})).toBe("plain");
    expect(detectOutputMode(false, { isTTY: true, columns: 80 }, { CI: "true" })).toBe("plain");
  });
});
