import { describe, expect, it } from 'vitest';
import { applyInterviewBatch, areaChainOf, familyIdOf, type ArrivedRecord, type FamilyLatest } from '@/lib/interviews/apply-interview-batch';

const sls = '64.71.01.1001.0001';
const chain = ['ID', '64', '64.71', '64.71.01', '64.71.01.1001', sls];
let n = 0;
const rec = (visitDate: string, outcome: ArrivedRecord['outcome'], more: Partial<ArrivedRecord> = {}): ArrivedRecord => ({
  id: `r${++n}`,
  slsCode: sls,
  pplStaffId: 7,
  familyKey: 'kk1',
  visitDate,
  outcome,
  seq: n,
  ...more,
});
const latestOf = (r: ArrivedRecord): FamilyLatest => ({ regencyCode: r.slsCode.slice(0, 5), familyKey: r.familyKey, interviewId: r.id, slsCode: r.slsCode, pplStaffId: r.pplStaffId, visitDate: r.visitDate, outcome: r.outcome, seq: r.seq });
const known = (...records: ArrivedRecord[]) => new Map(records.map((r) => [familyIdOf(latestOf(r)), latestOf(r)]));

/** The area deltas as "area date outcome ±n", sorted, for readable expectations. */
const areaLines = (effect: ReturnType<typeof applyInterviewBatch>) => effect.areaDeltas.map((d) => `${d.areaCode} ${d.visitDate} ${d.outcome} ${d.count > 0 ? '+' : ''}${d.count}`).sort();
const onChain = (date: string, outcome: string, count: string, areas = chain) => areas.map((a) => `${a} ${date} ${outcome} ${count}`);

describe('applyInterviewBatch', () => {
  it('counts a new family once in its SLS and every area above, and for its PPL', () => {
    const effect = applyInterviewBatch({ latestByFamily: new Map(), records: [rec('2022-10-20', 'completed')] });
    expect(areaLines(effect)).toEqual(onChain('2022-10-20', 'completed', '+1').sort());
    expect(effect.pplDeltas).toEqual([{ pplStaffId: 7, visitDate: '2022-10-20', outcome: 'completed', count: 1 }]);
    expect(effect.latest).toHaveLength(1);
  });

  it('not at home on 20 Oct, then completed on 22 Oct in one batch: one completed family', () => {
    const effect = applyInterviewBatch({ latestByFamily: new Map(), records: [rec('2022-10-20', 'not_home'), rec('2022-10-22', 'completed')] });
    expect(areaLines(effect)).toEqual(onChain('2022-10-22', 'completed', '+1').sort());
  });

  it('a revisit supersedes the stored not-at-home: it moves from 20 Oct to 22 Oct, and from one PPL to the other', () => {
    const before = rec('2022-10-20', 'not_home');
    const effect = applyInterviewBatch({ latestByFamily: known(before), records: [rec('2022-10-22', 'completed', { pplStaffId: 9 })] });
    expect(areaLines(effect)).toEqual([...onChain('2022-10-20', 'not_home', '-1'), ...onChain('2022-10-22', 'completed', '+1')].sort());
    expect(effect.pplDeltas).toEqual(expect.arrayContaining([
      { pplStaffId: 7, visitDate: '2022-10-20', outcome: 'not_home', count: -1 },
      { pplStaffId: 9, visitDate: '2022-10-22', outcome: 'completed', count: 1 },
    ]));
    expect(effect.latest.map((l) => [l.visitDate, l.outcome, l.pplStaffId])).toEqual([['2022-10-22', 'completed', 9]]);
  });

  it('an older visit arriving late changes nothing', () => {
    const stored = rec('2022-10-22', 'completed');
    const effect = applyInterviewBatch({ latestByFamily: known(stored), records: [rec('2022-10-18', 'not_home')] });
    expect(effect).toEqual({ latest: [], areaDeltas: [], pplDeltas: [] });
  });

  it('on the same day the later arrival wins, and an arrival older than the stored latest does not', () => {
    const stored = rec('2022-10-22', 'not_home', { seq: 50 });
    expect(areaLines(applyInterviewBatch({ latestByFamily: known(stored), records: [rec('2022-10-22', 'refused', { seq: 51 })] }))).toEqual(
      [...onChain('2022-10-22', 'not_home', '-1'), ...onChain('2022-10-22', 'refused', '+1')].sort(),
    );
    expect(applyInterviewBatch({ latestByFamily: known(stored), records: [rec('2022-10-22', 'refused', { seq: 49 })] }).latest).toEqual([]);
  });

  it('a family found in another SLS of its kecamatan moves only below the kecamatan', () => {
    const stored = rec('2022-10-20', 'not_home');
    const effect = applyInterviewBatch({ latestByFamily: known(stored), records: [rec('2022-10-20', 'moved', { slsCode: '64.71.01.1002.0003' })] });
    expect(areaLines(effect)).toEqual([
      ...onChain('2022-10-20', 'not_home', '-1'),
      ...onChain('2022-10-20', 'moved', '+1', ['ID', '64', '64.71', '64.71.01', '64.71.01.1002', '64.71.01.1002.0003']),
    ].sort());
  });

  it('one family key in two regencies, or records keyed by their own id, are separate families', () => {
    const effect = applyInterviewBatch({
      latestByFamily: new Map(),
      records: [rec('2022-10-20', 'completed'), rec('2022-10-21', 'completed', { slsCode: '65.02.04.2003.0001' }), rec('2022-10-20', 'completed', { familyKey: 'r:a' }), rec('2022-10-20', 'completed', { familyKey: 'r:b' })],
    });
    expect(effect.latest).toHaveLength(4);
    expect(effect.areaDeltas.find((d) => d.areaCode === 'ID' && d.visitDate === '2022-10-20')?.count).toBe(3);
  });
});

describe('areaChainOf', () => {
  it.each([
    ['64.71.01.1001.0001', ['ID', '64', '64.71', '64.71.01', '64.71.01.1001', '64.71.01.1001.0001']],
    ['64.71.01.1001', ['ID', '64', '64.71', '64.71.01', '64.71.01.1001', '64.71.01.1001']], // a village counted as its own SLS
  ])('%s', (code, chain) => {
    expect(areaChainOf(code)).toEqual(chain);
  });
});
