// Plain Uint8Array/atob/btoa instead of Buffer: web-standard, and inside n8n's allowed globals.

/** The bytes of a base64 text, or `undefined` when it is not base64. */
export function decodeBase64(text: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** Standard base64 (with padding) of some bytes. */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
