import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type GenerateEvent, generate, RivyaValidationError, sniffMediaType } from "@rivya-kit/core/node";
import type { RunningEmulator } from "@rivya-kit/emulator";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fastPolling, startTestEmulator } from "./emulator-client.js";

const referencePng = new URL("../../../packages/core/test/fixtures/red.png", import.meta.url).pathname;

let emulator: RunningEmulator;
let client: Awaited<ReturnType<typeof startTestEmulator>>["client"];
let directory: string;

beforeAll(async () => {
  ({ emulator, client } = await startTestEmulator());
});
afterAll(() => emulator.close());
beforeEach(async () => {
  emulator.control.reset();
  directory = await mkdtemp(join(tmpdir(), "rivya-integration-"));
  return () => rm(directory, { recursive: true, force: true });
});

describe.each(["kling-3-0", "kling-v2-5-turbo-pro"])("generate with %s", (model) => {
  it("text-to-video: create, wait, download; charged once", async () => {
    const before = emulator.control.balance();
    const events: GenerateEvent[] = [];
    const result = await generate(
      client,
      { model, prompt: "A red fox running through fresh snow, cinematic", params: { duration: "5" } },
      { ...fastPolling, download: { to: `${directory}/` }, onEvent: (event) => events.push(event) },
    );
    expect(result.status).toBe("succeeded");
    expect(result.taskId).toMatch(/^task_/);
    const saved = await readFile(result.downloads[0]!.path);
    expect(sniffMediaType(saved)?.kind).toBe("video");
    expect(result.downloads[0]!.path).toBe(join(directory, `${result.taskId}.mp4`));
    const types = events.map((event) => event.type);
    expect(types[0]).toBe("validated");
    expect(types).toContain("created");
    expect(types.slice(-2)).toEqual(["download:done", "done"]);
    const charges = emulator.control.charges();
    expect(charges.map((entry) => entry.kind)).toEqual(["reserve"]);
    expect(before - emulator.control.balance()).toBe(result.credits);
  });

  it("image-to-video: uploads the reference from a path, then creates with its URL", async () => {
    const result = await generate(
      client,
      { model, prompt: "The fox turns its head", references: [{ path: referencePng }] },
      { ...fastPolling },
    );
    expect(result.status).toBe("succeeded");
    expect(result.uploads).toHaveLength(1);
    const items = result.body.params?.["referenceMediaItems"] as { url: string; kind: string }[];
    expect(items).toEqual([expect.objectContaining({ url: result.uploads[0]!.url, kind: "image" })]);
    expect(emulator.control.requests({ method: "POST", path: "/api/v1/files" })).toHaveLength(1);
    expect(emulator.control.tasks()).toHaveLength(1);
  });
});

describe("generate refuses locally", () => {
  it("an unknown param value never reaches the emulator", async () => {
    const error = await generate(client, {
      model: "kling-3-0",
      prompt: "x",
      // @ts-expect-error 99 is not a duration of kling-3-0 (the types refuse it too)
      params: { duration: "99" },
    }).catch((caught) => caught);
    expect(RivyaValidationError.isInstance(error)).toBe(true);
    expect(emulator.control.requests()).toHaveLength(0);
  });

  it("dry run reads the balance and creates nothing", async () => {
    const result = await generate(client, { model: "kling-3-0", prompt: "a fox" }, { dryRun: true });
    expect(result.status).toBe("dry_run");
    expect(result.balance).toBe(emulator.control.balance());
    expect(emulator.control.tasks()).toHaveLength(0);
  });
});
