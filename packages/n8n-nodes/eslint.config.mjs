// n8n's community-node rules in the strict (n8n Cloud) configuration, as n8n's verifier runs
// them: over the source, over package.json and over every .js that ships in dist/.
import { n8nCommunityNodesPlugin } from "@n8n/eslint-plugin-community-nodes";
import tseslint from "typescript-eslint";

const strict = n8nCommunityNodesPlugin.configs.recommended;

export default [
  {
    ignores: [
      "node_modules/**",
      "e2e/**",
      "test/**",
      "scripts/**",
      "examples/**",
      "*.config.*",
      "**/*.test.ts",
    ],
  },
  {
    files: ["nodes/**/*.ts", "credentials/**/*.ts", "shared/**/*.ts"],
    languageOptions: { parser: tseslint.parser, sourceType: "module" },
    plugins: strict.plugins,
    rules: strict.rules,
  },
  {
    files: ["dist/**/*.js"],
    languageOptions: { parser: tseslint.parser, sourceType: "commonjs" },
    plugins: strict.plugins,
    rules: strict.rules,
  },
  {
    files: ["package.json"],
    languageOptions: { parser: tseslint.parser, parserOptions: { extraFileExtensions: [".json"] } },
    plugins: strict.plugins,
    rules: strict.rules,
  },
];
