import type { INodeExecutionData } from "n8n-workflow";

interface RunJson {
  data?: {
    resultData?: {
      runData?: Record<
        string,
        { data?: { main?: INodeExecutionData[][] }; error?: { message?: string; description?: string } }[]
      >;
      error?: { message?: string; description?: string };
    };
  };
}

/** The output items of a node's first run, from the JSON `n8n execute --rawOutput` prints. */
export function nodeOutput(result: { run: unknown; stdout: string }, nodeName: string): INodeExecutionData[] {
  const runs = (result.run as RunJson | undefined)?.data?.resultData?.runData?.[nodeName];
  if (!runs?.[0]) {
    throw new Error(`no run of node "${nodeName}" in n8n's output:\n${result.stdout.slice(-4000)}`);
  }
  return runs[0].data?.main?.[0] ?? [];
}

/** The run's error message and description (or the raw output when n8n printed no JSON). */
export function runError(run: unknown, stdout: string): string {
  const error = (run as RunJson | undefined)?.data?.resultData?.error;
  return error ? `${error.message ?? ""}\n${error.description ?? ""}` : stdout;
}
