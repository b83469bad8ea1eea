import { readFileSync } from "node:fs";

/**
 * Parses a runner file-command file (`GITHUB_OUTPUT`, `GITHUB_STATE`, `GITHUB_ENV`) the way the
 * runner does: `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks. Later values win.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === "") continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      index++;
      while (index < lines.length && lines[index] !== delimiter) body.push(lines[index++]!);
      if (index >= lines.length) throw new Error(`unterminated ${name}<<${delimiter} block`);
      values[name!] = body.join("\n");
      continue;
    }
    const equals = line.indexOf("=");
    if (equals <= 0) throw new Error(`malformed file-command line: ${JSON.stringify(line)}`);
    values[line.slice(0, equals)] = line.slice(equals + 1);
  }
  return values;
}

export function readFileCommands(file: string): Record<string, string> {
  return parseFileCommands(readFileSync(file, "utf8"));
}
