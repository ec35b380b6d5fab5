/** Prints "step: done/total (pct%)" at most every 10%, so a long first start shows progress, not silence. */
export function progressPrinter(write: (line: string) => void = console.log) {
  const lastDecile = new Map<string, number>();
  return (step: string, done: number, total: number) => {
    const decile = total === 0 ? 10 : Math.floor((done / total) * 10);
    if (lastDecile.get(step) === decile) return;
    lastDecile.set(step, decile);
    const pct = total === 0 ? 100 : Math.round((done / total) * 100);
    write(`  ${step}: ${done.toLocaleString('id-ID')}/${total.toLocaleString('id-ID')} (${pct}%)`);
  };
}

/** Milliseconds as minutes and seconds, `m:ss` (`0:07`, `4:32`, `61:05`). */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * A line writer that stamps each line with the time since it was made, `[1:05] …`: a long run's log then says
 * where the time went, in a terminal and in a CI log alike. `now` is in milliseconds (performance.now by default).
 */
export function stampedWriter(write: (line: string) => void = console.log, now: () => number = () => performance.now()) {
  const start = now();
  const elapsed = () => formatElapsed(now() - start);
  return Object.assign((line: string) => write(`[${elapsed()}] ${line}`), { elapsed });
}
