import { fileURLToPath } from "node:url";

/** The repository root (the pnpm workspace). */
export const workspaceRoot: string = fileURLToPath(new URL("../../../../", import.meta.url));

/** A package users install from npm: its folder and the name it is published under. */
export interface PublishablePackage {
  readonly name: string;
  readonly dir: string;
}

/** Every package that is published (not `private`). */
export const publishablePackages: readonly PublishablePackage[] = [
  { name: "@rivya-kit/core", dir: "packages/core" },
  { name: "@rivya-kit/emulator", dir: "packages/emulator" },
  { name: "@rivya-kit/cli", dir: "packages/cli" },
  { name: "n8n-nodes-rivya", dir: "packages/n8n-nodes" },
];
