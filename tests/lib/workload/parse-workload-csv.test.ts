import { describe, expect, it } from 'vitest';
import { parseWorkloadCsv } from '@/lib/workload/parse-workload-csv';
import { readCsvRecords } from '@/db/files/read-csv-records';
import { words } from '../../i18n/words';

const villages = new Set(['64.71.01.1001', '64.71.01.1002', '65.02.04.2003', '65.03.01.2001']);
const header = 'village_code,sls_code,families,access_mode,travel_days_one_way,local_staff';
const parse = (...rows: string[]) => parseWorkloadCsv({ records: readCsvRecords([header, ...rows].join('\n')), knownVillageCodes: villages, seed: 7 });
const errorsOf = (result: ReturnType<typeof parse>) => (result.ok ? [] : result.errors.map((e) => `${e.line}:${e.field}`));

describe('parseWorkloadCsv: good files', () => {
  it('reads SLS rows with defaults: road, 0 travel days, local staff for road and foot, not for boat and plane; all three blank is no access data', () => {
    const result = parse(
      '64.71.01.1001,64.71.01.1001.0001,70,,,',
      '64.71.01.1002,64.71.01.1002.0001,0,foot,2,',
      '65.02.04.2003,65.02.04.2003.0001,120,PLANE,1,',
      '65.03.01.2001,65.03.01.2001.0001,80,boat,1,ya',
    );
    expect(result).toEqual({
      ok: true,
      workloads: [
        { slsCode: '64.71.01.1001.0001', villageCode: '64.71.01.1001', districtCode: '64.71.01', families: 70, accessMode: 'road', travelDaysOneWay: 0, localStaff: true, accessKnown: false },
        { slsCode: '64.71.01.1002.0001', villageCode: '64.71.01.1002', districtCode: '64.71.01', families: 0, accessMode: 'foot', travelDaysOneWay: 2, localStaff: true, accessKnown: true },
        { slsCode: '65.02.04.2003.0001', villageCode: '65.02.04.2003', districtCode: '65.02.04', families: 120, accessMode: 'plane', travelDaysOneWay: 1, localStaff: false, accessKnown: true },
        { slsCode: '65.03.01.2001.0001', villageCode: '65.03.01.2001', districtCode: '65.03.01', families: 80, accessMode: 'boat', travelDaysOneWay: 1, localStaff: true, accessKnown: true },
      ],
    });
  });

  it('splits a village row without sls_code into generated SLS of about 70 families', () => {
    const result = parse('64.71.01.1002,,2400,,,');
    if (!result.ok) throw new Error('expected ok');
    // round(2400 / 70) = 34 SLS, coded .0001 .. .0034, adding up to the village's 2,400
    expect(result.workloads).toHaveLength(34);
    expect(result.workloads[0]!.slsCode).toBe('64.71.01.1002.0001');
    expect(result.workloads[33]!.slsCode).toBe('64.71.01.1002.0034');
    expect(result.workloads.reduce((s, w) => s + w.families, 0)).toBe(2400);
    expect(result.workloads.every((w) => w.families >= 30 && w.families <= 120)).toBe(true);
  });

  it('takes columns in any order, quoted fields, CRLF, a BOM, and a function for the frame', () => {
    const text = '\uFEFFfamilies,village_code,local_staff\r\n"250","64.71.01.1001",tidak\r\n';
    const result = parseWorkloadCsv({ records: readCsvRecords(text), knownVillageCodes: (code) => code === '64.71.01.1001', seed: 1 });
    expect(result.ok && result.workloads.reduce((s, w) => s + w.families, 0)).toBe(250);
    expect(result.ok && result.workloads.every((w) => !w.localStaff)).toBe(true);
  });
});

describe('parseWorkloadCsv: bad rows give every error with its line and column, and no workloads', () => {
  it.each([
    { row: '64.71.01.9999,,100,,,', error: '2:village_code' }, // not in the frame
    { row: '6471011001,,100,,,', error: '2:village_code' }, // not a village code
    { row: '64.71.01.1001,64.71.01.1002.0001,100,,,', error: '2:sls_code' }, // another village's SLS
    { row: '64.71.01.1001,64.71.01.1001.1,100,,,', error: '2:sls_code' },
    { row: '64.71.01.1001,,-5,,,', error: '2:families' },
    { row: '64.71.01.1001,,12.5,,,', error: '2:families' },
    { row: '64.71.01.1001,,,,,', error: '2:families' },
    { row: '64.71.01.1001,,100,car,,', error: '2:access_mode' },
    { row: '64.71.01.1001,,100,boat,-1,', error: '2:travel_days_one_way' },
    { row: '64.71.01.1001,,100,boat,x,', error: '2:travel_days_one_way' },
    { row: '64.71.01.1001,,100,boat,1,maybe', error: '2:local_staff' },
    { row: '64.71.01.1001,,100,', error: '2:access_mode' }, // 4 fields for 6 columns
    { row: '64.71.01.1001,,100,boat,1,no,x', error: '2:local_staff' }, // 7 fields for 6 columns
    { row: '64.71.01.1001,,"100', error: '2:families' }, // a quote never closed
  ])('$row -> $error', ({ row, error }) => {
    const result = parse(row);
    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toEqual([error]);
  });

  // A 107-byte row with 10,000,000 families once made 142,857 SLS and a 25 MB area answer.
  it.each([
    { row: '64.71.01.1001,,10000000,,,', message: 'jumlah keluarga satu desa paling banyak 60.000' },
    { row: '64.71.01.1001,,60001,,,', message: 'jumlah keluarga satu desa paling banyak 60.000' },
    { row: '64.71.01.1001,64.71.01.1001.0001,1001,,,', message: 'jumlah keluarga satu SLS paling banyak 1.000' },
    { row: '64.71.01.1001,64.71.01.1001.0001,99999999999999999999,,,', message: 'jumlah keluarga satu SLS paling banyak 1.000' },
    { row: '64.71.01.1001,,100,boat,31,', message: 'paling banyak 30' },
    { row: '64.71.01.1001,,60001,car,,', message: 'jumlah keluarga satu desa paling banyak 60.000' }, // reported beside the other field's error
  ])('bounds each row by what a real SLS or village holds: $row', ({ row, message }) => {
    const result = parse(row);
    expect(result.ok ? [] : result.errors.map((e) => words(e))).toContain(message);
  });

  it.each([
    { row: '64.71.01.1001,,60000,boat,30,', sls: 857 },
    { row: '64.71.01.1001,64.71.01.1001.0001,1000,,,', sls: 1 },
  ])('takes the largest real village or SLS: $row', ({ row, sls }) => {
    const result = parse(row);
    expect(result.ok && result.workloads.length).toBe(sls);
  });

  it('collects all errors of all rows in line order, with Indonesian messages', () => {
    const result = parse('64.71.01.1001,,100,,,', '64.71.01.9999,,10,,,', '64.71.01.1002,,-1,car,x,maybe');
    expect(errorsOf(result)).toEqual(['3:village_code', '4:families', '4:access_mode', '4:travel_days_one_way', '4:local_staff']);
    expect(result.ok ? [] : words(result.errors[0]!)).toBe('desa 64.71.01.9999 tidak ada di kerangka wilayah');
  });

  it.each([
    { case: 'the same SLS twice', rows: ['64.71.01.1001,64.71.01.1001.0001,10,,,', '64.71.01.1001,64.71.01.1001.0001,20,,,'], errors: ['3:sls_code'] },
    { case: 'a village split twice', rows: ['64.71.01.1001,,100,,,', '64.71.01.1001,,200,,,'], errors: ['3:sls_code'] },
    { case: 'a village both split and listed by SLS', rows: ['64.71.01.1001,,100,,,', '64.71.01.1001,64.71.01.1001.0009,20,,,'], errors: ['3:sls_code'] },
    { case: 'one village with two accesses', rows: ['64.71.01.1001,64.71.01.1001.0001,10,boat,1,', '64.71.01.1001,64.71.01.1001.0002,20,road,,'], errors: ['3:access_mode'] },
    { case: 'one village with access given and not', rows: ['64.71.01.1001,64.71.01.1001.0001,10,road,0,yes', '64.71.01.1001,64.71.01.1001.0002,20,,,'], errors: ['3:access_mode'] },
    { case: 'several SLS of one village', rows: ['64.71.01.1001,64.71.01.1001.0001,10,boat,1,', '64.71.01.1001,64.71.01.1001.0002,20,boat,1,no'], errors: [] },
  ])('$case: $errors', ({ rows, errors }) => {
    expect(errorsOf(parse(...rows))).toEqual(errors);
  });

  it('refuses a file without the required columns, with an unknown column, or without rows', () => {
    expect(errorsOf(parseWorkloadCsv({ records: readCsvRecords('village_code,keluarga\n64.71.01.1001,10\n'), knownVillageCodes: villages, seed: 1 }))).toEqual(['1:families', '1:keluarga']);
    expect(errorsOf(parseWorkloadCsv({ records: readCsvRecords('village_code,families,families\n'), knownVillageCodes: villages, seed: 1 }))).toEqual(['1:families']);
    expect(errorsOf(parseWorkloadCsv({ records: readCsvRecords('village_code;families\n64.71.01.1001;10\n'), knownVillageCodes: villages, seed: 1 }))).toEqual([]);
    expect(errorsOf(parse())).toEqual(['2:village_code']);
    expect(errorsOf(parseWorkloadCsv({ records: readCsvRecords(''), knownVillageCodes: villages, seed: 1 }))).toEqual(['1:village_code', '1:families']);
  });

  it('stops checking after the first 1,000 bad fields, whether the rows break the table or the fields', () => {
    for (const row of ['x,y,z,w,v,u,t', 'x,y,z,w,v,u']) {
      const errors = errorsOf(parse(...Array.from({ length: 20_000 }, () => row)));
      expect(errors.length).toBeGreaterThanOrEqual(1000);
      expect(errors.length).toBeLessThan(1006);
      expect(errors[0]).toMatch(/^2:/);
    }
  });
});
