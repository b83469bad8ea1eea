// The core README's edge example, kept here so it is type-checked and run (edge-webhook-handler.test.ts).
// A web-standard `Request` handler (Cloudflare Worker, Deno Deploy, Bun.serve, a Next.js edge route).
import { RivyaWebhookVerificationError, unwrapWebhook } from "@rivya-kit/core";

export default {
  async fetch(request: Request, env: { RIVYA_WEBHOOK_SECRET: string }): Promise<Response> {
    // The raw body, byte for byte: the signature covers exactly what was sent.
    const payload = new Uint8Array(await request.arrayBuffer());
    try {
      const event = await unwrapWebhook({
        payload,
        headers: request.headers,
        secret: env.RIVYA_WEBHOOK_SECRET,
      });
      const task = event.data;
      const outcome = event.type === "generation.succeeded" ? task.result?.primary_url : task.error?.message;
      console.log(`${event.type} ${task.id}: ${outcome}`);
      return Response.json({ received: event.id, task: task.id, status: task.status });
    } catch (error) {
      if (!RivyaWebhookVerificationError.isInstance(error)) throw error;
      // Forged, replayed or malformed: refuse it and do nothing with the body.
      return Response.json({ error: error.message, code: error.code }, { status: 400 });
    }
  },
};
