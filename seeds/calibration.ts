import { readCsvRecords } from '@/db/files/read-csv-records';
import { describeProblem } from '@/i18n/describe';
import { compareStaffing, type AreaFit } from '@/lib/planning/calibration/compare-staffing';
import { parseReportedStaffing, type ReportedArea } from '@/lib/planning/calibration/reported-staffing';
import type { OperationParams } from '@/lib/operations/params';
import { planStaffing } from '@/lib/planning/plan-staffing';
import { countStaff } from '@/lib/planning/staff-counts';
import { plainRules } from '@/lib/planning/terrain/plain-rules';
import type { PlanStrategy } from '@/lib/planning/types';
import { generateSlsWorkloads } from '@/lib/workload/generate';
import type { AreaFrame } from './area-frame';
import { demoSeed } from './demo-regions';
import { commonAreaCode, textTable, type PlanCommandOutput } from './plan-report';

/** An area's fit with the terrain estimate and with the operation's norm everywhere (the rules before it). */
export interface CalibratedArea {
  area: ReportedArea;
  villages: number;
  kecamatan: number;
  estimated: AreaFit;
  plain: AreaFit;
}

/** Within this many percent of what was reported, an area counts as fitted (issue 12's target). */
export const fitTargetPct = 15;

/**
 * Plans one reported area from the frame alone: its families spread over its real villages by the demo's
 * fixed-seed generator (no access data, so the terrain is estimated), once with the estimate and once without.
 */
export function calibrateArea({ area, frame, params, strategy }: { area: ReportedArea; frame: AreaFrame; params: OperationParams; strategy: PlanStrategy }): CalibratedArea | null {
  const villages = frame.villages
    .filter((v) => area.areaCodes.some((code) => v.code.startsWith(`${code}.`)))
    .map((v) => ({ code: v.code, districtCode: v.parentCode! }));
  if (villages.length === 0) return null;
  const workloads = generateSlsWorkloads({ villages, seed: demoSeed, totalFamilies: area.families });
  const areaCode = commonAreaCode(area.areaCodes);
  const fit = (rules: OperationParams) => compareStaffing({ area, planned: countStaff(planStaffing({ workloads, params: rules, areaCode, strategy })) });
  return {
    area,
    villages: villages.length,
    kecamatan: new Set(villages.map((v) => v.districtCode)).size,
    estimated: fit(params),
    plain: fit(plainRules(params)),
  };
}

const n = (value: number) => value.toLocaleString('id-ID');
const pct = (value: number | null) => (value === null ? '' : `${value > 0 ? '+' : ''}${value.toFixed(1).replace('.', ',')} %`);
const roleName = { ppl: 'PPL', pml: 'PML', koseka: 'KOSEKA', staff: 'jumlah' } as const;

function fitTable(results: readonly CalibratedArea[]): string {
  const header = ['Wilayah', 'peran', 'rencana', 'dilaporkan', 'deviasi', 'aturan polos', 'deviasi polos'];
  const rows = results.flatMap(({ area, estimated, plain }) =>
    estimated.roles
      .map((fit, k) => ({ fit, before: plain.roles[k]! }))
      .filter(({ fit }) => fit.reported !== null || fit.role === 'ppl' || fit.role === 'staff')
      .map(({ fit, before }, k) => [
        k === 0 ? `${area.areaCodes.join('+')} ${area.name}` : '',
        `${roleName[fit.role]}${fit === estimated.judged ? ' *' : ''}`,
        n(fit.planned),
        fit.reported === null ? '-' : n(fit.reported),
        pct(fit.deviationPct),
        n(before.planned),
        pct(before.deviationPct),
      ]),
  );
  return textTable([header, ...rows]);
}

/**
 * `npm run plan -- --calibration <file.csv>`: every area of a reported-staffing file planned from the frame alone,
 * planned against reported per area and role, with and without the terrain estimate. Exit 2 for a bad file.
 */
export function runCalibration({ text, frame, params, strategy = 'standard', json }: { text: string; frame: AreaFrame; params: OperationParams; strategy?: PlanStrategy; json: boolean }): PlanCommandOutput {
  const parsed = parseReportedStaffing(readCsvRecords(text));
  if (!parsed.ok) return { exitCode: 2, stdout: '', stderr: `${parsed.errors.map((e) => `baris ${e.line}, kolom ${e.field}: ${describeProblem(e, 'id')}`).join('\n')}\n` };
  const results: CalibratedArea[] = [];
  const unknown: string[] = [];
  for (const area of parsed.areas) {
    const result = calibrateArea({ area, frame, params, strategy });
    if (result) results.push(result);
    else unknown.push(`baris ${area.line}: ${area.areaCodes.join('+')} tidak ada di kerangka wilayah`);
  }
  if (unknown.length > 0) return { exitCode: 2, stdout: '', stderr: `${unknown.join('\n')}\n` };
  if (json) return { exitCode: 0, stdout: `${JSON.stringify({ fitTargetPct, areas: results })}\n`, stderr: '' };
  const within = (fit: AreaFit) => fit.judged.deviationPct !== null && Math.abs(fit.judged.deviationPct) <= fitTargetPct;
  const lines = [
    `Kalibrasi: ${results.length} wilayah direncanakan dari kerangka wilayah saja (keluarga disebar ke desa aslinya, benih ${demoSeed})`,
    `* = angka penilaian (PPL bila dilaporkan, selain itu jumlah petugas); "aturan polos" = tanpa perkiraan medan`,
    '',
    fitTable(results),
    '',
    `Dalam ±${fitTargetPct} %: ${results.filter((r) => within(r.estimated)).length} dari ${results.length} wilayah (aturan polos: ${results.filter((r) => within(r.plain)).length})`,
  ];
  return { exitCode: 0, stdout: `${lines.join('\n')}\n`, stderr: '' };
}
