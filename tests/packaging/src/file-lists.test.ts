// The tarballs hold what users need and nothing else: no tests, no test helpers, no fixtures
// already inside dist/, no second copy of the sources inside the maps, a LICENSE in each.
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, inject, it } from "vitest";

const { tarballs } = inject("scratch");

/** Each package's top-level entries, exactly. */
const topLevel: Record<string, string[]> = {
  "@rivya-kit/core": ["LICENSE", "README.md", "dist", "package.json", "schema", "src"],
  "@rivya-kit/emulator": ["LICENSE", "README.md", "bin", "dist", "package.json", "src"],
  "@rivya-kit/cli": ["LICENSE", "README.md", "assets", "bin", "dist", "package.json", "src"],
  "n8n-nodes-rivya": ["LICENSE", "README.md", "dist", "package.json"],
};

function list(tarball: string): string[] {
  return execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" })
    .split("\n")
    .filter((line) => line.endsWith("/") === false && line !== "")
    .map((line) => line.replace(/^package\//, ""))
    .sort();
}

function read(tarball: string, file: string): string {
  return execFileSync("tar", ["-xzOf", tarball, `package/${file}`], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
}

describe.each(Object.entries(tarballs))("%s tarball", (name, tarball) => {
  const files = list(tarball);

  it("has exactly the expected top-level entries and a LICENSE", () => {
    const size = statSync(tarball).size;
    console.log(
      `[packaging] ${basename(tarball)}: ${files.length} files, ${(size / 1024).toFixed(1)} kB packed`,
    );
    expect([...new Set(files.map((file) => file.split("/")[0]))].sort()).toEqual(topLevel[name]);
    expect(read(tarball, "LICENSE")).toMatch(/MIT License/);
  });

  it("ships no tests, test helpers or fixtures", () => {
    expect(files.filter((file) => /\.test\.|(^|\/)(testing|fixtures|test|e2e)\//.test(file))).toEqual([]);
  });

  it("has source maps without embedded sources whose sources are all shipped", () => {
    const shipped = new Set(files);
    for (const mapFile of files.filter((file) => file.endsWith(".map"))) {
      const map = JSON.parse(read(tarball, mapFile)) as { sources: string[]; sourcesContent?: unknown };
      expect(map.sourcesContent, mapFile).toBeUndefined();
      const directory = mapFile.split("/").slice(0, -1);
      for (const source of map.sources) {
        const parts = [...directory];
        for (const part of source.split("/")) {
          if (part === "..") parts.pop();
          else if (part !== ".") parts.push(part);
        }
        expect(shipped.has(parts.join("/")), `${mapFile} → ${source}`).toBe(true);
      }
    }
  });
});
