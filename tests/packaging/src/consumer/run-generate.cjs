// The README's quick start against the emulator, with a local reference image: run by generate.mjs
// with the core loaded through import() and by generate.cjs with it loaded through require().
module.exports = async function runGenerate({ createRivyaClient, generate }, label) {
  const client = createRivyaClient({
    apiKey: process.env.RIVYA_API_KEY,
    baseUrl: process.env.RIVYA_BASE_URL,
  });
  const result = await generate(
    client,
    {
      model: "kling-3-0",
      prompt: `The waves roll in (${label} consumer)`,
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
};
