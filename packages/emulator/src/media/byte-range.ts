/** An inclusive byte range of a resource. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Parses a single-range `Range: bytes=…` header against a resource of `size` bytes.
 * `undefined`: no (or an unsupported multi-range) header — serve the whole resource.
 * `"unsatisfiable"`: answer 416.
 */
export function parseByteRange(
  header: string | undefined,
  size: number,
): ByteRange | "unsatisfiable" | undefined {
  const match = header?.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (!match) return undefined;
  const [, first = "", last = ""] = match;
  if (first === "" && last === "") return undefined;
  if (first === "") {
    const suffix = Number(last);
    if (suffix === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (start >= size || end < start) return "unsatisfiable";
  return { start, end };
}

/** Headers of a 206 answer (or of a 200 that advertises range support). */
export function rangeHeaders(range: ByteRange | undefined, size: number): Record<string, string> {
  if (!range) return { "Accept-Ranges": "bytes", "Content-Length": String(size) };
  return {
    "Accept-Ranges": "bytes",
    "Content-Length": String(range.end - range.start + 1),
    "Content-Range": `bytes ${range.start}-${range.end}/${size}`,
  };
}
