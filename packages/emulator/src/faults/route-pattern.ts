/** Compiles `"METHOD /path/:id/*"` into a matcher of method and path. */
export function compileRoutePattern(pattern: string | undefined): (method: string, path: string) => boolean {
  if (pattern === undefined) return (_method, path) => path.startsWith("/api/v1/");
  const [method, path] = pattern.trim().includes(" ")
    ? pattern.trim().split(/\s+/, 2)
    : ["*", pattern.trim()];
  const source = (path ?? "")
    .split("/")
    .map((segment) =>
      segment === "*"
        ? ".*"
        : segment.startsWith(":")
          ? "[^/]+"
          : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
    )
    .join("/");
  const regex = new RegExp(`^${source}$`);
  const wantedMethod = (method ?? "*").toUpperCase();
  return (requestMethod, requestPath) =>
    (wantedMethod === "*" || wantedMethod === requestMethod.toUpperCase()) && regex.test(requestPath);
}
