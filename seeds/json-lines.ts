/**
 * The messages of a streamed answer of newline-delimited JSON (what the app's internal CLI routes send: progress
 * lines, then a result or an error), each parsed as it arrives.
 */
export async function* readJsonLines<T>(body: ReadableStream<Uint8Array>): AsyncGenerator<T> {
  const decoder = new TextDecoder();
  let pending = '';
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    pending += decoder.decode(chunk, { stream: true });
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines.filter(Boolean)) yield JSON.parse(line) as T;
  }
}
