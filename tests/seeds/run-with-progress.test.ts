import { describe, expect, it } from 'vitest';
import { formatElapsed, stampedWriter } from '@/seeds/progress';
import { lineSplitter, quietWatch, runWithProgress } from '@/seeds/run-with-progress';

/** A clock the test moves by hand, in milliseconds. */
function fakeClock() {
  let ms = 0;
  return { now: () => ms, advance: (by: number) => void (ms += by) };
}

describe('formatElapsed', () => {
  it.each([
    { ms: 0, text: '0:00' },
    { ms: 7_900, text: '0:07' },
    { ms: 65_000, text: '1:05' },
    { ms: 3_665_000, text: '61:05' },
  ])('$ms ms reads $text', ({ ms, text }) => expect(formatElapsed(ms)).toBe(text));
});

describe('stampedWriter', () => {
  it('stamps each line with the time since it was made', () => {
    const lines: string[] = [];
    const clock = fakeClock();
    const say = stampedWriter((l) => lines.push(l), clock.now);
    say('Membangun aplikasi');
    clock.advance(65_000);
    say('Build selesai');
    expect(lines).toEqual(['[0:00] Membangun aplikasi', '[1:05] Build selesai']);
  });
});

describe('quietWatch: a long silent build says it is still running', () => {
  it('passes lines through and, after each 15 s of silence, says so once with the last line', () => {
    const lines: string[] = [];
    const clock = fakeClock();
    const watch = quietWatch({ label: 'next build', write: (l) => lines.push(l), now: clock.now });
    watch.line('   Creating an optimized production build ...  ');
    watch.line('   ');
    clock.advance(14_000);
    watch.tick(); // 14 s: not yet
    clock.advance(1_000);
    watch.tick(); // 15 s of silence
    watch.tick(); // at once again: nothing new
    clock.advance(15_000);
    watch.tick();
    watch.line(' ✓ Compiled successfully');
    clock.advance(10_000);
    watch.tick(); // 10 s after a line: quiet
    expect(lines).toEqual([
      '   Creating an optimized production build ...',
      '  … next build masih berjalan (0:15); terakhir: Creating an optimized production build ...',
      '  … next build masih berjalan (0:30); terakhir: Creating an optimized production build ...',
      ' ✓ Compiled successfully',
    ]);
  });
});

describe('lineSplitter', () => {
  it('splits on LF, CRLF and a lone CR, across chunk boundaries', () => {
    const lines: string[] = [];
    const split = lineSplitter((l) => lines.push(l));
    split.push('a\r\nb');
    split.push('c\rd\n');
    split.push('e');
    split.end();
    expect(lines).toEqual(['a', 'bc', 'd', 'e']);
  });
});

describe('runWithProgress', () => {
  it("passes a command's stdout and stderr through line by line and answers its exit code", async () => {
    const lines: string[] = [];
    const script = "console.log('satu'); console.error('dua'); process.stdout.write('tiga'); process.exitCode = 3";
    const code = await runWithProgress({ command: process.execPath, args: ['-e', script], label: 'uji', write: (l) => lines.push(l) });
    expect(code).toBe(3);
    expect([...lines].sort()).toEqual(['dua', 'satu', 'tiga']);
  });

  it('answers 1 and says why when the command cannot start', async () => {
    const lines: string[] = [];
    const code = await runWithProgress({ command: '/nonexistent/sigap-command', args: [], label: 'uji', write: (l) => lines.push(l) });
    expect(code).toBe(1);
    expect(lines.join('\n')).toContain('uji: spawn /nonexistent/sigap-command ENOENT');
  });
});
