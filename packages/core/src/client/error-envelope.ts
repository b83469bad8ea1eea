/** The parts of Rivya's error envelope `{ error: { code, message, requestId } }` the client reads. */
export interface ErrorEnvelope {
  code: string | undefined;
  message: string | undefined;
  requestId: string | undefined;
  details: unknown;
}

/** Reads the error envelope from a response body; tolerant of non-JSON and missing fields. */
export function parseErrorEnvelope(text: string): ErrorEnvelope {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      code: undefined,
      message: describeNonJson(text),
      requestId: undefined,
      details: undefined,
    };
  }
  const error = (parsed as { error?: unknown } | null)?.error;
  if (typeof error !== "object" || error === null) {
    return { code: undefined, message: undefined, requestId: undefined, details: undefined };
  }
  const record = error as Record<string, unknown>;
  const text_ = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
  return {
    code: text_(record["code"]),
    message: text_(record["message"]),
    requestId: text_(record["requestId"]) ?? text_(record["request_id"]),
    details: record["details"] ?? record["issues"],
  };
}

// A gateway's HTML error page (502/503 from a load balancer) is named by its title, not dumped.
function describeNonJson(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^<(!doctype|html)/i.test(trimmed)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(trimmed)?.[1]?.trim();
    return `an HTML page${title ? ` ("${title.slice(0, 120)}")` : ""} instead of a JSON error`;
  }
  return trimmed.slice(0, 300) || undefined;
}
