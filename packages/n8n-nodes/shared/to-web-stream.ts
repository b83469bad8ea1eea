/**
 * A web `ReadableStream` over an async iterable (a Node.js stream), pulling one chunk per read so
 * nothing is buffered ahead; cancelling it ends the iterator (which destroys a Node stream).
 */
export function toWebStream(source: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  let iterator: AsyncIterator<Uint8Array> | undefined;
  // highWaterMark 0: nothing is pulled until someone reads (by default a stream pre-reads a
  // chunk, which would steal it from a consumer of the underlying Node stream).
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        iterator ??= source[Symbol.asyncIterator]();
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel(reason) {
        iterator ??= source[Symbol.asyncIterator]();
        await iterator.return?.(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
