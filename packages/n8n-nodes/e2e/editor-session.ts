// A headless Chromium (Debian's, driven by playwright-core) signed in to a running n8n, with one
// screenshot and one timing per step of the test, saved under test-results/editor/.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { chromiumArgs, chromiumPath } from "./chromium";
import { type N8nServer, owner } from "./n8n-server";

/** Where the editor test's screenshots go (git-ignored). */
export const screenshotDir: string = fileURLToPath(new URL("../test-results/editor/", import.meta.url));

/** One finished step: its screenshot and how long it took. */
export interface EditorStep {
  name: string;
  screenshot: string;
  durationMs: number;
}

/** The browser, its page, and the steps taken so far. */
export class EditorSession {
  readonly steps: EditorStep[] = [];
  private stepStarted = Date.now();

  private constructor(
    private readonly context: BrowserContext,
    readonly page: Page,
    private readonly profile: string,
  ) {}

  /** Launches Chromium with a fresh profile (`--user-data-dir`) and signs in as the server's owner. */
  static async open(server: N8nServer): Promise<EditorSession> {
    rmSync(screenshotDir, { recursive: true, force: true });
    mkdirSync(screenshotDir, { recursive: true });
    const profile = mkdtempSync(join(tmpdir(), "rivya-chromium-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: [...chromiumArgs],
      headless: true,
      viewport: { width: 1440, height: 900 },
      baseURL: server.url,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    // Each action may wait this long (the editor is slow on a loaded 2-core machine).
    page.setDefaultTimeout(60_000);
    const login = await page.request.post("/rest/login", {
      data: { emailOrLdapLoginId: owner.email, password: owner.password },
    });
    if (!login.ok()) throw new Error(`signing in to n8n failed: ${login.status()} ${await login.text()}`);
    return new EditorSession(context, page, profile);
  }

  /** Ends a step: a screenshot of the window named `NN-<name>.png`, and the step's duration. */
  async step(name: string): Promise<void> {
    const file = join(screenshotDir, `${String(this.steps.length + 1).padStart(2, "0")}-${name}.png`);
    await this.page.screenshot({ path: file });
    this.steps.push({ name, screenshot: file, durationMs: Date.now() - this.stepStarted });
    this.stepStarted = Date.now();
  }

  async close(): Promise<void> {
    // Closing a persistent context ends its browser process too.
    await this.context.close().catch(() => {});
    rmSync(this.profile, { recursive: true, force: true });
  }
}
