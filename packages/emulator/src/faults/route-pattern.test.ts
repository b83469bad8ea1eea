import { describe, expect, it } from "vitest";
import { compileRoutePattern } from "./route-pattern.js";

describe("route patterns", () => {
  it("matches method and path with :param and * wildcards", () => {
    const poll = compileRoutePattern("GET /api/v1/generations/:id");
    expect(poll("GET", "/api/v1/generations/task_1")).toBe(true);
    expect(poll("POST", "/api/v1/generations/task_1")).toBe(false);
    expect(poll("GET", "/api/v1/generations/task_1/extra")).toBe(false);
    const anyMethod = compileRoutePattern("* /api/v1/webhooks/*");
    expect(anyMethod("DELETE", "/api/v1/webhooks/whend_1/test")).toBe(true);
    expect(compileRoutePattern("/api/v1/credits")("GET", "/api/v1/credits")).toBe(true);
  });

  it("matches every API route by default and treats dots literally", () => {
    expect(compileRoutePattern(undefined)("GET", "/api/v1/credits")).toBe(true);
    expect(compileRoutePattern(undefined)("GET", "/media/large.mp4")).toBe(false);
    expect(compileRoutePattern("GET /api/v1/openapi.json")("GET", "/api/v1/openapiXjson")).toBe(false);
  });
});
