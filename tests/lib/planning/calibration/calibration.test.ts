import { describe, expect, it } from 'vitest';
import { compareStaffing } from '@/lib/planning/calibration/compare-staffing';
import { readCsvRecords } from '@/db/files/read-csv-records';
import { parseReportedStaffing } from '@/lib/planning/calibration/reported-staffing';

const header = 'area_codes,area_name,families,ppl,pml,koseka,total_staff,counted_when,kecamatan,source';

describe('parseReportedStaffing', () => {
  it('reads areas with blank counts as not reported, several codes as one area, extra columns aside', () => {
    const result = parseReportedStaffing(readCsvRecords([header, '33.16,Kabupaten Blora,282404,1137,289,32,1458,before fieldwork,16,x', '65.01 65.02,Bulungan dan Malinau,66000,,,,800,trained,,y'].join('\n')));
    expect(result).toEqual({
      ok: true,
      areas: [
        { line: 2, areaCodes: ['33.16'], name: 'Kabupaten Blora', families: 282404, ppl: 1137, pml: 289, koseka: 32, totalStaff: 1458, source: 'x' },
        { line: 3, areaCodes: ['65.01', '65.02'], name: 'Bulungan dan Malinau', families: 66000, ppl: null, pml: null, koseka: null, totalStaff: 800, source: 'y' },
      ],
    });
  });

  it.each([
    { what: 'a village code', row: '64.71.01.1001,x,100,10,,,,,,', errors: ['2:area_codes:area_code_invalid'] },
    { what: 'no families', row: '64.71,x,0,10,,,,,,', errors: ['2:families:whole_number'] },
    { what: 'a count that is not whole', row: '64.71,x,100,ten,,,,,,', errors: ['2:ppl:whole_number'] },
    { what: 'neither PPL nor total staff', row: '64.71,x,100,,20,3,,,,', errors: ['2:ppl:csv_column_required'] },
  ])('refuses $what, naming line and column', ({ row, errors }) => {
    const result = parseReportedStaffing(readCsvRecords(`${header}\n${row}`));
    expect(result.ok ? [] : result.errors.map((e) => `${e.line}:${e.field}:${e.code}`)).toEqual(errors);
  });

  it('refuses a file without the area_codes or families column', () => {
    const result = parseReportedStaffing(readCsvRecords('area,families\n64.71,100'));
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['area_codes']);
  });
});

describe('compareStaffing', () => {
  const area = { line: 2, areaCodes: ['81'], name: 'Maluku', families: 468561, ppl: 2089, pml: 557, koseka: 134, totalStaff: 2780, source: '' };

  it.each([
    // planned -> deviation (planned - reported) / reported, judged on PPL where reported, else all staff
    { what: 'PPL reported: judged on PPL', reported: area, planned: { ppl: 2022, pml: 548, koseka: 128, staff: 2698 }, judged: 'ppl', pct: -3.207 },
    { what: 'only the total: judged on staff', reported: { ...area, ppl: null, pml: null, koseka: null, totalStaff: 1028 }, planned: { ppl: 808, pml: 206, koseka: 16, staff: 1030 }, judged: 'staff', pct: 0.195 },
  ])('$what', ({ reported, planned, judged, pct }) => {
    const fit = compareStaffing({ area: reported, planned });
    expect(fit.judged.role).toBe(judged);
    expect(fit.judged.deviationPct).toBeCloseTo(pct, 2);
    expect(fit.roles.map((r) => r.role)).toEqual(['ppl', 'pml', 'koseka', 'staff']);
  });

  it('leaves the deviation empty where a role was not reported', () => {
    const fit = compareStaffing({ area: { ...area, pml: null }, planned: { ppl: 1, pml: 1, koseka: 1, staff: 3 } });
    expect(fit.roles.find((r) => r.role === 'pml')).toEqual({ role: 'pml', planned: 1, reported: null, deviationPct: null });
  });
});
