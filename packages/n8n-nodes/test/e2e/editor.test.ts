// The flows a new user tries first, in the real n8n 2.41.1 editor (`n8n start`) in Debian's
// headless Chromium driven by playwright-core, against the emulator: find both nodes by search on
// an empty canvas, create and test the credential, configure Generate for kling-3-0 and then
// kling-v2-5-turbo-pro, run it and play the video. Each step leaves a screenshot in
// test-results/editor/. Never skipped: n8n and chromium are installed when missing.
import { type RunningEmulator, startEmulator } from "@rivya-kit/emulator";
import type { Locator, Page } from "playwright-core";
import { selectors } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureChromium } from "../../e2e/chromium";
import { EditorSession } from "../../e2e/editor-session";
import { N8nHome } from "../../e2e/n8n-home";
import { ensureN8nInstalled } from "../../e2e/n8n-runtime";
import { N8nServer } from "../../e2e/n8n-server";

// n8n's stable selectors are `data-test-id` attributes.
selectors.setTestIdAttribute("data-test-id");

// Generous: on a loaded 2-core machine the editor's first render has taken two minutes.
const uiTimeoutMs = 60_000;
const timings: Record<string, number> = {};
let emulator: RunningEmulator;
let home: N8nHome;
let server: N8nServer;
let editor: EditorSession;
let page: Page;

const log = (line: string): void => console.log(`[editor e2e] ${line}`);

beforeAll(async () => {
  let started = Date.now();
  ensureChromium(log);
  await ensureN8nInstalled(log);
  timings["install check (chromium, n8n)"] = Date.now() - started;
  emulator = await startEmulator({ speed: 60, rateLimit: false });
  home = await N8nHome.create();
  started = Date.now();
  server = await N8nServer.start(home);
  timings["n8n start"] = Date.now() - started;
  started = Date.now();
  editor = await EditorSession.open(server);
  page = editor.page;
  timings["browser start and sign-in"] = Date.now() - started;
});

afterAll(async () => {
  await editor?.close();
  await server?.stop();
  await emulator?.close();
  home?.remove();
  for (const step of editor?.steps ?? []) timings[`step ${step.name}`] = step.durationMs;
  log(`screenshots: ${(editor?.steps ?? []).map((step) => step.screenshot).join(", ")}`);
  log(`timings (ms): ${JSON.stringify(timings, null, 2)}`);
});

/** Waits until the locator's text, whitespace collapsed, contains `text` (the editor renders asynchronously). */
async function expectText(locator: Locator, text: string): Promise<void> {
  const normalized = async (): Promise<string> => ((await locator.textContent()) ?? "").replace(/\s+/g, " ");
  await expect.poll(normalized, { timeout: uiTimeoutMs }).toContain(text);
}

/** The value a parameter's input shows (a dropdown shows its selected option's name). */
async function expectValue(key: string, value: string): Promise<void> {
  const input = page.locator(`[data-test-id="parameter-input-${key}"] input`).first();
  await expect.poll(() => input.inputValue(), { timeout: uiTimeoutMs }).toBe(value);
}

/** The node creator's results, scoped to its panel. */
function creatorItem(text: string | RegExp): Locator {
  return page.getByTestId("node-creator").getByTestId("item-iterator-item").filter({ hasText: text }).first();
}

/** The texts of the open dropdown's options. */
async function dropdownOptions(): Promise<string[]> {
  const options = page.getByRole("option").filter({ visible: true });
  await options.first().waitFor();
  return (await options.allInnerTexts()).map((text) => text.trim());
}

/** Adds a parameter of the model's Parameters collection (the first "Add …" dropdown of Generate). */
async function addParameter(label: string): Promise<void> {
  await page.getByTestId("collection-parameter-add").first().click();
  await page.getByRole("option", { name: label, exact: true }).click();
}

/** Picks a model by typing into the dropdown's search, as a user who knows the id does. */
async function pickModel(search: string, optionName: RegExp): Promise<void> {
  await page.getByTestId("parameter-input-model").click();
  await page.keyboard.type(search);
  await page.getByRole("option", { name: optionName }).click();
}

describe("the real n8n 2.41.1 editor in headless Chromium", () => {
  it("finds Rivya Trigger by search on an empty canvas", async () => {
    await page.goto("/workflow/new", { timeout: 180_000 });
    await page.getByTestId("canvas-add-button").first().click({ timeout: 180_000 });
    await page.getByTestId("node-creator-search-bar").fill("Rivya");
    await expect.poll(() => creatorItem("Rivya").isVisible(), { timeout: uiTimeoutMs }).toBe(true);
    await editor.step("trigger-panel-search-rivya");
    await creatorItem("Rivya").click();
    const details = page.getByTestId("node-creator");
    await details.getByText("On generation succeeded").waitFor();
    await details.getByText("On generation failed").waitFor();
    await editor.step("trigger-panel-rivya-triggers");
    // An alias finds it too.
    await page.keyboard.press("Escape");
    await page.getByTestId("canvas-add-button").first().click();
    await page.getByTestId("node-creator-search-bar").fill("kling");
    await expect.poll(() => creatorItem("Rivya").isVisible(), { timeout: uiTimeoutMs }).toBe(true);
    await editor.step("trigger-panel-search-kling");
    // Start the workflow manually for the rest of the test.
    await page.getByTestId("node-creator-search-bar").fill("manual");
    await creatorItem("Manual Trigger").click();
  });

  it("finds Rivya by search under “What happens next?” with its own description and actions", async () => {
    await page.getByTestId("canvas-handle-plus").first().click();
    await page.getByTestId("node-creator-search-bar").fill("Rivya");
    const item = creatorItem("Rivya");
    await item.waitFor();
    expect(await item.getByTestId("node-creator-item-description").textContent()).not.toContain(
      "Starts the workflow",
    );
    await editor.step("next-panel-search-rivya");
    await item.click();
    await creatorItem("Generate media").waitFor();
    for (const action of ["Get a generation", "Wait for a generation", "Upload a file", "Get credits"]) {
      await creatorItem(action).waitFor();
    }
    await editor.step("next-panel-rivya-actions");
    await creatorItem("Generate media").click();
    await page.getByTestId("ndv").waitFor();
  });

  it("creates the credential with the Base URL the emulator prints and passes its test", async () => {
    await page.getByTestId("node-credentials-empty-state").click();
    await page.locator('[data-test-id="parameter-input-apiKey"] input').fill(emulator.apiKey);
    // With a trailing /api/v1, as users paste it.
    await page.locator('[data-test-id="parameter-input-baseUrl"] input').fill(`${emulator.url}/api/v1`);
    // What to check when the host is unreachable (n8n's test then shows only the error code).
    await page.getByText("If the test answers ECONNREFUSED").waitFor();
    await editor.step("credential-filled");
    const tested = page.waitForResponse(
      (response) =>
        response.url().endsWith("/rest/credentials/test") && response.request().method() === "POST",
      { timeout: 60_000 },
    );
    await page.getByTestId("credential-save-button").click();
    const result = (await (await tested).json()) as { data: { status: string; message: string } };
    expect(result.data, JSON.stringify(result)).toMatchObject({ status: "OK" });
    await page.getByTestId("node-credentials-select").waitFor();
    expect(
      emulator.control.requests({ method: "GET" }).some((entry) => entry.path === "/api/v1/credits"),
    ).toBe(true);
    await editor.step("credential-tested");
  });

  it("configures kling-3-0: the model found by id, each parameter with its options", async () => {
    await page.getByTestId("parameter-input-model").click();
    await page.keyboard.type("kling-3-0");
    expect(await dropdownOptions()).toEqual([
      expect.stringMatching(/^Kling 3\.0 \(kling-3-0\)\s+Video: 90 credits/),
    ]);
    await editor.step("model-search-by-id");
    await page.getByRole("option", { name: /kling-3-0/ }).click();

    await page.getByTestId("collection-parameter-add").first().click();
    expect(await dropdownOptions()).toEqual(["Mode", "Multi Shots", "Duration", "Sound", "Aspect Ratio"]);
    await editor.step("kling-3-0-parameters-list");
    await page.keyboard.press("Escape");

    await addParameter("Mode");
    await page.getByTestId("parameter-input-mode").click();
    expect(await dropdownOptions()).toEqual(["Standard (std)", "Professional (pro)"]);
    await page.getByRole("option", { name: "Standard (std)" }).click();

    await addParameter("Duration");
    await page.getByTestId("parameter-input-duration").click();
    expect(await dropdownOptions()).toEqual([
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
      "11",
      "12",
      "13",
      "14",
      "15",
    ]);
    await page.getByRole("option", { name: "15", exact: true }).click();

    await addParameter("Aspect Ratio");
    await page.getByTestId("parameter-input-aspect_ratio").click();
    expect(await dropdownOptions()).toEqual(["16:9 (Landscape)", "9:16 (Portrait)", "1:1 (Square)"]);
    await page.getByRole("option", { name: "9:16 (Portrait)" }).click();

    // false/true choices are toggles.
    for (const [label, key] of [
      ["Multi Shots", "multi_shots"],
      ["Sound", "sound"],
    ] as const) {
      await addParameter(label);
      const toggle = page.getByTestId(`parameter-input-${key}`).locator(".el-switch");
      await toggle.waitFor();
      await toggle.click();
      await expect.poll(() => toggle.getAttribute("class"), { timeout: uiTimeoutMs }).toMatch(/is-checked/);
    }
    await expectValue("duration", "15");
    await editor.step("kling-3-0-parameters-set");
  });

  it("switches to kling-v2-5-turbo-pro: its own parameters, nothing stale, exact numbers, expressions without false warnings", async () => {
    await pickModel("kling-v2-5", /kling-v2-5-turbo-pro/);
    const model = page.locator('[data-test-id="parameter-input-model"] input');
    await expect.poll(() => model.inputValue(), { timeout: uiTimeoutMs }).toContain("kling-v2-5-turbo-pro");
    // kling-3-0's values (duration 15, sound, …) are gone, not carried over.
    for (const key of ["duration", "mode", "sound", "multi_shots", "aspect_ratio"]) {
      expect(await page.getByTestId(`parameter-input-${key}`).count()).toBe(0);
    }
    await page.getByTestId("collection-parameter-add").first().click();
    expect(await dropdownOptions()).toEqual(["Duration", "Aspect Ratio", "Negative Prompt", "CFG Scale"]);
    await editor.step("switched-to-kling-v2-5-turbo-pro");
    await page.keyboard.press("Escape");

    await addParameter("Duration");
    await expectValue("duration", "5");
    await page.getByTestId("parameter-input-duration").click();
    expect(await dropdownOptions()).toEqual(["5", "10"]);
    await page.keyboard.press("Escape");
    // A duration from an expression, as a number and as text from a sheet: neither is marked
    // "not supported" (n8n's warning icon, `parameter-issues`), and the run sends "10".
    await page.getByTestId("parameter-input-duration").hover();
    await page
      .getByTestId("duration-parameter-input-options-container")
      .getByTestId("radio-button-expression")
      .click();
    for (const expression of ["{{ 10 ", '{{ "10" ']) {
      await page.getByTestId("inline-expression-editor-input").first().click();
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type(expression);
      await expectText(page.getByTestId("parameter-expression-preview-duration"), "10");
      await page.getByTestId("parameter-input-prompt").click();
      await page.waitForTimeout(500);
      expect(await page.getByTestId("node-parameters").getByTestId("parameter-issues").count()).toBe(0);
    }

    await addParameter("CFG Scale");
    const cfg = page.locator('[data-test-id="parameter-input-cfg_scale"] input');
    await cfg.fill("0.75");
    await cfg.blur();
    expect(await cfg.inputValue()).toBe("0.75");

    await page.locator('[data-test-id="parameter-input-prompt"] textarea').fill("A lighthouse in a storm");
    await expectText(page.getByTestId("parameter-expression-preview-duration"), "10");
    expect(await page.getByTestId("node-parameters").textContent()).not.toContain("is not supported");
    await editor.step("kling-v2-5-turbo-pro-parameters");
  });

  it("executes against the emulator: the JSON result and a playable video", async () => {
    await page.getByTestId("node-execute-button").click();
    await page.getByTestId("node-run-status-success").waitFor({ timeout: 180_000 });
    const output = page.getByTestId("output-panel");
    await output.getByTestId("radio-button-json").click();
    await expectText(output, '"status": "succeeded"');
    await expectText(output, '"model": "kling-v2-5-turbo-pro"');
    await expectText(output, '"credits": 42');
    await editor.step("executed-json");

    await output.getByTestId("radio-button-binary").click();
    await expectText(output.getByTestId("ndv-binary-data_0"), "video/mp4");
    await output.getByTestId("ndv-view-binary-data").click();
    const video = output.locator("video");
    await video.waitFor();
    // Playable: the browser loaded its metadata and knows its length (10 s, the duration sent).
    await expect
      .poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState), { timeout: 60_000 })
      .toBeGreaterThanOrEqual(1);
    const { duration, error } = await video.evaluate((element: HTMLVideoElement) => ({
      duration: element.duration,
      error: element.error?.code ?? null,
    }));
    expect(error).toBeNull();
    expect(duration).toBeCloseTo(10, 0);
    await editor.step("executed-video-playing");
    expect(emulator.control.tasks()).toHaveLength(1);

    // On the canvas the node's subtitle names the model (not "generate: generation").
    await page.getByTestId("ndv-close-button").click();
    const node = page.getByTestId("canvas-node").filter({ hasText: "Generate media" });
    await expectText(node, "kling-v2-5-turbo-pro");
    expect(await node.textContent()).not.toContain("generate: generation");
    await editor.step("canvas-subtitle");
  });
});
