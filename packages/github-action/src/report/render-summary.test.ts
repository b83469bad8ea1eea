import { describe, expect, it } from "vitest";
import { createReport } from "./action-report.js";
import { renderSummary, summaryByteLimit } from "./render-summary.js";

describe("renderSummary", () => {
  it("shows status, model, task, credits, timings and links of a success", () => {
    const report = {
      ...createReport(1_000),
      status: "succeeded" as const,
      model: "kling-3-0",
      taskId: "task_123",
      estimatedCredits: 90,
      reservedCredits: 90,
      finalCredits: 90,
      createdAt: 1_500,
      finishedAt: 61_000,
      videoUrl: "https://cdn.example/v.mp4?a=1&b=2",
      videoUrls: ["https://cdn.example/v.mp4?a=1&b=2"],
      videoPath: "/tmp/rivya/task_123.mp4",
      artifactName: "task_123.mp4",
      artifactUrl: "https://github.com/acme/videos/actions/runs/1/artifacts/9",
      prompt: "a fox",
    };
    const summary = renderSummary(report);
    expect(summary).toContain("✅ Rivya generation succeeded");
    expect(summary).toContain("| Model | <code>kling\\-3\\-0</code> |");
    expect(summary).toContain("| Final credits | 90 |");
    expect(summary).toContain("| Total time | 60.0 s |");
    expect(summary).toContain('<a href="https://cdn.example/v.mp4?a=1&amp;b=2">open video</a>');
    expect(summary).toContain(
      '<a href="https://github.com/acme/videos/actions/runs/1/artifacts/9">task\\_123\\.mp4</a>',
    );
    expect(summary).not.toContain("<video");
  });

  it("a create whose answer was lost says the re-run reattaches with the stable key", () => {
    const summary = renderSummary({
      ...createReport(0),
      status: "error",
      errorCode: "generate_timeout",
      idempotencyKey: "3f2a9c",
      taskMayExist: true,
    });
    expect(summary).toContain("| Reattach | The create was sent but its answer was lost");
    expect(summary).toContain("derives its Idempotency-Key <code>3f2a9c</code> from its inputs");
    expect(renderSummary({ ...createReport(0), status: "error", idempotencyKey: "3f2a9c" })).not.toContain(
      "Reattach",
    );
  });

  it("escapes and truncates a hostile prompt", () => {
    const prompt = `<script>alert(1)</script> | **bold** [x](javascript:alert(1))\n${"y".repeat(5000)}`;
    const summary = renderSummary({ ...createReport(0), status: "failed", prompt });
    expect(summary).not.toContain("<script>");
    expect(summary).toContain("&lt;script&gt;");
    expect(summary).toContain("\\| \\*\\*bold\\*\\* \\[x\\]\\(javascript:alert\\(1\\)\\)<br>");
    expect(summary).toContain("more characters)");
    expect(summary.length).toBeLessThan(2000);
  });

  it("shows the error code and message of a failure", () => {
    const summary = renderSummary({
      ...createReport(0),
      status: "failed",
      taskId: "task_9",
      errorCode: "generation_failed",
      errorMessage: "upstream model crashed",
    });
    expect(summary).toContain("❌ Rivya generation failed");
    expect(summary).toContain("| Error | <code>generation\\_failed</code> upstream model crashed |");
  });

  it("never links a non-http URL", () => {
    const summary = renderSummary({
      ...createReport(0),
      status: "succeeded",
      videoUrl: "javascript:alert(1)",
    });
    expect(summary).not.toContain("href");
  });

  it("stays under the size limit whatever the inputs", () => {
    const files = Array.from({ length: 5000 }, (_, index) => `refs/${"x".repeat(200)}-${index}.png`);
    const summary = renderSummary({
      ...createReport(0),
      status: "failed",
      referenceFiles: files,
      errorMessage: "e".repeat(2_000_000),
      errorCode: "x",
    });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(summaryByteLimit);
    expect(summary).toContain("and 4950 more");
  });
});
