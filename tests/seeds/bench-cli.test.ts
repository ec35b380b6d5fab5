import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** `npm run bench -- planning` as the README shows it: the whole country planned, every figure printed. */
describe('npm run bench', () => {
  it('plans the whole country and prints the DESIGN.md figures with a verdict each', () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.DATABASE_URL;
    const result = spawnSync('npm', ['run', '--silent', 'bench', '--', 'planning'], { env, encoding: 'utf8', timeout: 600_000 });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/SLS dibangkitkan\s+1\.200\.479/);
    // Times depend on the machine; the planning figures do not. Villages without access data are planned at their
    // terrain's norm (8 to 10 families a day at the least), each territory checked against its own.
    expect(result.stdout).toMatch(/deviasi dari ideal \(tanpa desa terpencil\)\s+-2,25 %.*PASS/);
    expect(result.stdout).toMatch(/target harian tanpa tanda \(min\.\.maks\)\s+8,00 \.\. 13,91 keluarga\/hari/);
    expect(result.stdout).toMatch(/wilayah tugas tanpa tanda di luar normanya\s+0\s+0\s+PASS/);
    expect(result.stdout).toMatch(/planStaffing, median 3x\s+\d+,\d+ s/);
  });

  it('refuses a section it does not know', () => {
    const result = spawnSync('npm', ['run', '--silent', 'bench', '--', 'cuaca'], { env: { ...process.env, DATABASE_URL: '' }, encoding: 'utf8', timeout: 120_000 });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/Bagian tidak dikenal: cuaca/);
  });
});
