/**
 * Runs `task` for indexes 0…count-1 with at most `concurrency` running at once, and returns the
 * results in index order. After the first failure no new index starts; the ones already running
 * finish (their tasks exist and must not be abandoned mid-request), then the failure is thrown.
 */
export async function runConcurrently<T>(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<T>,
): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < count) {
      const index = next++;
      try {
        results[index] = await task(index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, worker);
  await Promise.all(workers);
  if (failure) throw failure.error;
  return results;
}
