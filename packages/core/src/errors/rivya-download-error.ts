import { RivyaError, type RivyaErrorOptions } from "./rivya-error.js";

const marker = Symbol.for("rivya-kit.download-error");

/**
 * Downloading a result failed: an HTTP error, a body larger than allowed, content whose signature
 * is not the expected media type, or a destination that cannot be written. Nothing is left at the
 * destination path (the partial temp file is removed).
 */
export class RivyaDownloadError extends RivyaError {
  override readonly name: string = "RivyaDownloadError";

  constructor(message: string, options: RivyaErrorOptions = {}) {
    super(message, options);
    Object.defineProperty(this, marker, { value: true });
  }

  static override isInstance(error: unknown): error is RivyaDownloadError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
