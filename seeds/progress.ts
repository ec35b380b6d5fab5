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
