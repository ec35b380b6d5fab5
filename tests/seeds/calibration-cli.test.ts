import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run plan -- --calibration <file>` as a user runs it: no database, the real frame, the repository's copy of
// the reported staffing (seeds/data/reported-staffing.csv, the same as ../shared/data/reported-staffing.csv).
const root = mkdtempSync(path.join(os.tmpdir(), 'sigap-calibration-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const reported = 'seeds/data/reported-staffing.csv';

function runPlan(args: string[]) {
  const env = { ...process.env, PGLITE_DIR: path.join(root, 'none'), DATABASE_URL: '' };
  const result = spawnSync(path.resolve('node_modules/.bin/tsx'), ['seeds/cli/plan.ts', ...args], { env, encoding: 'utf8', timeout: 180_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Fit {
  role: string;
  planned: number;
  reported: number | null;
  deviationPct: number | null;
}
interface Calibrated {
  area: { areaCodes: string[]; name: string };
  estimated: { roles: Fit[]; judged: Fit };
  plain: { roles: Fit[]; judged: Fit };
}

describe('npm run plan -- --calibration', () => {
  it('prints planned against reported per area and role, with the deviation, and how many fit', () => {
    const { status, stdout, stderr } = runPlan(['--calibration', reported]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('Kalibrasi: 13 wilayah direncanakan dari kerangka wilayah saja');
    expect(stdout).toMatch(/81 Provinsi Maluku\s+PPL \*\s+[\d.]+\s+2\.089\s+[-+]\d+,\d %/);
    expect(stdout).toMatch(/KOSEKA\s+\d+\s+32\s/); // Blora's reported KOSEKA, by role
    expect(stdout).toContain('Dalam ±15 %: 13 dari 13 wilayah');
  });

  it('fits every area within 15% and none of the good fits of plain rules (within 5%) worse by more than 5 points', () => {
    const { status, stdout } = runPlan(['--calibration', reported, '--json']);
    expect(status).toBe(0);
    const { areas } = JSON.parse(stdout) as { areas: Calibrated[] };
    expect(areas).toHaveLength(13);
    const off = areas.filter((a) => Math.abs(a.estimated.judged.deviationPct!) > 15).map((a) => a.area.name);
    expect(off).toEqual([]);
    // plain rules with the KOSEKA split of before (60 PPL): the planner this estimate was fitted against
    const before = JSON.parse(runPlan(['--calibration', reported, '--json', '--set', 'kosekaSplitPpl=60']).stdout) as { areas: Calibrated[] };
    const worse = areas.filter((a, k) => {
      const was = Math.abs(before.areas[k]!.plain.judged.deviationPct!);
      return was <= 5 && Math.abs(a.estimated.judged.deviationPct!) > was + 5;
    });
    expect(worse.map((a) => a.area.name)).toEqual([]);
  });

  it('refuses a file naming an area the frame does not have, or a bad count, with the line', () => {
    const file = path.join(root, 'bad.csv');
    writeFileSync(file, 'area_codes,area_name,families,ppl,total_staff\n99.99,Nowhere,1000,4,\n64.71,Balikpapan,240000,many,\n');
    const { status, stderr } = runPlan(['--calibration', file]);
    expect(status).toBe(2);
    expect(stderr).toContain('baris 3, kolom ppl');
  });
});
