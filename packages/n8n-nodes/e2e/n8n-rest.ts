// The parts of n8n's REST API (as the editor uses it) the end-to-end tests drive: workflow
// activation, executions (list, read, stop, retry) and binary data.
import { createRequire } from "node:module";
import { join } from "node:path";
import { installDir } from "./n8n-runtime";
import type { N8nServer } from "./n8n-server";

/** An execution as the list shows it. */
export interface ExecutionSummary {
  id: string;
  status: string;
  mode: string;
  retryOf?: string | null;
}

/** n8n stores execution data with `flatted` (circular-safe JSON); read it with n8n's own copy. */
function unflatten(text: string): unknown {
  const require = createRequire(join(installDir, "node_modules", "n8n", "package.json"));
  return (require("flatted") as { parse(text: string): unknown }).parse(text);
}

export async function activate(server: N8nServer, workflowId: string): Promise<void> {
  const workflow = (await server.request("GET", `/rest/workflows/${workflowId}`)) as {
    data: { versionId: string };
  };
  await server.request("POST", `/rest/workflows/${workflowId}/activate`, {
    versionId: workflow.data.versionId,
  });
}

export async function deactivate(server: N8nServer, workflowId: string): Promise<void> {
  await server.request("POST", `/rest/workflows/${workflowId}/deactivate`, {});
}

/** The workflow's static data (what trigger nodes keep between runs), as saved. */
export async function staticData(server: N8nServer, workflowId: string): Promise<Record<string, unknown>> {
  const workflow = (await server.request("GET", `/rest/workflows/${workflowId}`)) as {
    data: { staticData?: Record<string, unknown> | null };
  };
  return workflow.data.staticData ?? {};
}

export async function executions(server: N8nServer, workflowId: string): Promise<ExecutionSummary[]> {
  const filter = encodeURIComponent(JSON.stringify({ workflowId }));
  const response = (await server.request("GET", `/rest/executions?filter=${filter}&limit=100`)) as {
    data: { results: ExecutionSummary[] };
  };
  return response.data.results;
}

/** An execution with its run data (node name → runs → output items). */
export async function execution(server: N8nServer, id: string) {
  const response = (await server.request("GET", `/rest/executions/${id}`)) as {
    data: { id: string; status: string; mode: string; data: string };
  };
  const data = unflatten(response.data.data) as {
    resultData: {
      runData: Record<
        string,
        {
          data?: { main?: { json: Record<string, unknown>; binary?: Record<string, { id?: string }> }[][] };
          error?: { message?: string };
        }[]
      >;
      error?: { message?: string };
    };
  };
  return { ...response.data, data };
}

export async function stopExecution(server: N8nServer, id: string): Promise<void> {
  await server.request("POST", `/rest/executions/${id}/stop`, {});
}

/** n8n's Retry (the editor's "Retry with original workflow"); answers when the retry has finished. */
export async function retryExecution(server: N8nServer, id: string): Promise<{ id: string }> {
  const response = (await server.request("POST", `/rest/executions/${id}/retry`, {
    loadWorkflow: false,
  })) as {
    data: { id: string } | string;
  };
  return typeof response.data === "string" ? { id: response.data } : response.data;
}

/** A stored binary's bytes, read through the main (GET /rest/binary-data). */
export async function binaryData(server: N8nServer, binaryId: string): Promise<Buffer> {
  const response = await fetch(
    `${server.url}/rest/binary-data?id=${encodeURIComponent(binaryId)}&action=download`,
    { headers: { cookie: server.cookieHeader, "browser-id": "rivya-e2e" } },
  );
  if (!response.ok) throw new Error(`GET binary ${binaryId} → ${response.status}: ${await response.text()}`);
  return Buffer.from(await response.arrayBuffer());
}
