/**
 * Makes untrusted text (a prompt, an error message, a file name) inert in a job summary, which is
 * GitHub-flavoured Markdown with HTML: HTML is entity-encoded and Markdown punctuation escaped,
 * so a prompt can neither inject markup nor break the table it sits in.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/([\\`*_{}[\]()#+\-.!|~])/g, "\\$1")
    .replace(/\r?\n/g, "<br>");
}

/** Escapes at most `limit` characters (whole code points) of the text, marking a cut. */
export function escapeExcerpt(text: string, limit: number): string {
  const characters = Array.from(text);
  if (characters.length <= limit) return escapeMarkdown(text);
  return `${escapeMarkdown(characters.slice(0, limit).join(""))}… (${characters.length - limit} more characters)`;
}
