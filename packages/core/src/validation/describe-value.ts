const maxShown = 60;

/** A value as messages show it: strings quoted, long ones cut, objects as compact JSON. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "string") {
    const shown = value.length > maxShown ? `${value.slice(0, maxShown)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "function" || typeof value === "symbol") return typeof value;
  let json: string;
  try {
    json = JSON.stringify(value) ?? typeof value;
  } catch {
    json = Array.isArray(value) ? "an array" : "an object";
  }
  return json.length > maxShown ? `${json.slice(0, maxShown)}…` : json;
}

/** Options as messages list them: all of them up to six, else the first two, `…`, the last. */
export function describeOptions(options: readonly string[]): string {
  if (options.length <= 6) return options.join(", ");
  return `${options[0]}, ${options[1]}, …, ${options[options.length - 1]}`;
}

/** A byte count for people: `10 MB`, `95 MB`, `1.5 KB`. */
export function describeBytes(bytes: number): string {
  const units = ["bytes", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${bytes} bytes`;
  const rounded = Math.round(value * 10) / 10;
  return `${rounded} ${units[unit]}`;
}
