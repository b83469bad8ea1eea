// CommonJS consumer: the same flow through require().
const { createRivyaClient, generate } = require("@rivya-kit/core/node");

async function main() {
  const client = createRivyaClient({
    apiKey: process.env.RIVYA_API_KEY,
    baseUrl: process.env.RIVYA_BASE_URL,
  });
  const result = await generate(
    client,
    {
      model: "kling-3-0",
      prompt: "The waves roll in (CJS consumer)",
      params: { duration: 5 },
      references: [{ file: { path: process.env.REFERENCE_IMAGE }, kind: "image" }],
    },
    { pollIntervalMs: 100, download: { to: `${process.env.OUT_DIR}/` } },
  );
  console.log(
    JSON.stringify({
      status: result.status,
      taskId: result.taskId,
      files: result.downloads.map((file) => file.path),
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
