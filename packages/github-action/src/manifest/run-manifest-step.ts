import * as core from "@actions/core";
import { installCancellation } from "../cancellation.js";
import type { RunOptions } from "../main.js";
import { runManifest } from "./run-manifest.js";

/**
 * The step in manifest mode (`manifest:` set): runs plan or apply, stops on cancellation (tasks
 * already created stay in the lock file, so a re-run waits for them instead of paying again) and
 * never throws: failures fail the step through `core.setFailed`.
 */
export async function runManifestStep(options: RunOptions, redact: (text: string) => string): Promise<void> {
  const controller = new AbortController();
  const uninstall =
    options.handleSignals === false
      ? () => {}
      : installCancellation({
          controller,
          onCancel: (signal) =>
            core.warning(
              `Received ${signal}: stopping. Tasks already created are in the lock file; re-run to wait for them without paying again.`,
            ),
        });
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    await runManifest({ signal: controller.signal, clientOptions: options.client, redact });
  } catch (error) {
    core.setFailed(redact(error instanceof Error ? error.message : String(error)));
  } finally {
    uninstall();
    options.signal?.removeEventListener("abort", onAbort);
  }
}
