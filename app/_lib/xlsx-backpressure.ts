import 'server-only';
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';

/** Bytes of sheet XML the ZIP writer may hold unpacked before the rows wait for it. */
const maxBacklogBytes = 1_000_000;

/**
 * Resolves once the ZIP writer has packed what the rows wrote and `output` has room again; rejects when the reader
 * went away (a cancelled download), so the writing stops. exceljs hands a sheet's XML to the ZIP writer without
 * waiting for it, so without this a big sheet would pile up in memory at the speed the rows come.
 */
export async function drained(ws: ExcelJS.Worksheet, output: Writable): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  for (;;) {
    if (output.destroyed) throw new Error('export cancelled');
    if (output.writableNeedDrain) {
      await nextEvent(output, ['drain'], output);
      continue;
    }
    const backlog = zipBacklog(ws);
    if (backlog.bytes <= maxBacklogBytes) return;
    // 'drain' while the sheet is written; once it is committed, the stream only says 'finish' when it is packed
    if (backlog.pipe) await nextEvent(backlog.pipe, ['drain', 'finish'], output);
    else await new Promise((resolve) => setTimeout(resolve, 5)); // the ZIP writer has not reached this sheet yet
  }
}

type Emitter = Pick<Writable, 'once' | 'off'>;

/** exceljs's internals, in one place: the sheet's buffer (a StreamBuf) and the stream the ZIP writer reads it through. */
function zipBacklog(ws: ExcelJS.Worksheet): { bytes: number; pipe?: Emitter } {
  const stream = (ws as unknown as { stream?: { buffers?: unknown[]; bufSize?: number; pipes?: (Emitter & { _writableState?: { length: number } })[] } }).stream;
  const pipe = stream?.pipes?.[0];
  return { bytes: (stream?.buffers?.length ?? 0) * (stream?.bufSize ?? 0) + (pipe?._writableState?.length ?? 0), pipe };
}

function nextEvent(emitter: Emitter, events: readonly string[], output: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      for (const event of events) emitter.off(event, onEvent);
      output.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onEvent = () => settle();
    const onClose = () => settle(new Error('export cancelled'));
    for (const event of events) emitter.once(event, onEvent);
    output.once('close', onClose);
  });
}
