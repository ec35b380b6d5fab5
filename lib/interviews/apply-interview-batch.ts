import { ancestorCode, countryCode } from '../areas/codes';
import type { InterviewOutcome } from './outcomes';

/** The latest record of one family: what the roll-ups count for it. */
export interface FamilyLatest {
  regencyCode: string;
  familyKey: string;
  interviewId: string;
  slsCode: string;
  pplStaffId: number;
  visitDate: string;
  outcome: InterviewOutcome;
  /** arrival order (interviews.seq) */
  seq: number;
}

/** A stored record as the roll-ups see it (its regency is read from the SLS code). */
export type ArrivedRecord = Omit<FamilyLatest, 'regencyCode' | 'interviewId'> & { id: string };

/** Change of the number of families whose latest record is on `visitDate` with `outcome`, in one area or for one PPL. */
export interface AreaDelta {
  areaCode: string;
  visitDate: string;
  outcome: InterviewOutcome;
  count: number;
}
export interface PplDelta {
  pplStaffId: number;
  visitDate: string;
  outcome: InterviewOutcome;
  count: number;
}

export interface BatchEffect {
  /** families whose latest record changed, with the new one */
  latest: FamilyLatest[];
  /** non-zero changes, for the area at every level ('ID' ... SLS) */
  areaDeltas: AreaDelta[];
  pplDeltas: PplDelta[];
}

/** The family a record counts for: its family key inside its regency. */
export function familyIdOf({ regencyCode, familyKey }: { regencyCode: string; familyKey: string }): string {
  return `${regencyCode}|${familyKey}`;
}

const slsCodeShape = /^\d{2}\.\d{2}\.\d{2}\.\d{4}\.\d{4}$/;

/** The areas an SLS counts in: the country, its provinsi, kabupaten, kecamatan, desa and the SLS itself. */
export function areaChainOf(slsCode: string): string[] {
  // Intake calls this six times a record: a well-formed SLS code is cut at its fixed places instead of split.
  if (slsCodeShape.test(slsCode)) return [countryCode, slsCode.slice(0, 2), slsCode.slice(0, 5), slsCode.slice(0, 8), slsCode.slice(0, 13), slsCode];
  return [countryCode, ancestorCode(slsCode, 'provinsi'), ancestorCode(slsCode, 'kabupaten'), ancestorCode(slsCode, 'kecamatan'), ancestorCode(slsCode, 'desa'), slsCode];
}

/** The regency an SLS lies in. */
export const regencyOf = (slsCode: string): string => (slsCodeShape.test(slsCode) ? slsCode.slice(0, 5) : ancestorCode(slsCode, 'kabupaten'));

const isLater = (a: { visitDate: string; seq: number }, b: { visitDate: string; seq: number }) =>
  a.visitDate > b.visitDate || (a.visitDate === b.visitDate && a.seq > b.seq);

/**
 * What stored records do to the roll-ups: each family counts once, by its latest record (by visit date, then
 * arrival). Given the current latest of every family the records touch (`latestByFamily`, keyed by familyIdOf) and
 * the records, returns the families' new latest and the ± changes per area at every level and per PPL. A record
 * older than its family's latest changes nothing.
 */
export function applyInterviewBatch({ latestByFamily, records }: { latestByFamily: ReadonlyMap<string, FamilyLatest>; records: readonly ArrivedRecord[] }): BatchEffect {
  const changed = advanceFamilies(latestByFamily, records);
  // Families first net out by (SLS, PPL, day, outcome): a batch holds a few hundred of those for a thousand
  // families, and only they are spread over the six levels.
  const places = new Map<string, Place>();
  const count = (latest: FamilyLatest, sign: 1 | -1) => {
    const key = `${latest.slsCode}|${latest.pplStaffId}|${latest.visitDate}|${latest.outcome}`;
    const found = places.get(key);
    if (found) found.count += sign;
    else places.set(key, { slsCode: latest.slsCode, pplStaffId: latest.pplStaffId, visitDate: latest.visitDate, outcome: latest.outcome, count: sign });
  };
  for (const [family, latest] of changed) {
    const before = latestByFamily.get(family);
    if (before) count(before, -1);
    count(latest, 1);
  }
  const areaCounts = new Map<string, AreaDelta>();
  const pplCounts = new Map<string, PplDelta>();
  for (const p of places.values()) {
    if (p.count === 0) continue;
    for (const areaCode of areaChainOf(p.slsCode)) bump(areaCounts, `${areaCode}|${p.visitDate}|${p.outcome}`, () => ({ areaCode, visitDate: p.visitDate, outcome: p.outcome, count: 0 }), p.count);
    bump(pplCounts, `${p.pplStaffId}|${p.visitDate}|${p.outcome}`, () => ({ pplStaffId: p.pplStaffId, visitDate: p.visitDate, outcome: p.outcome, count: 0 }), p.count);
  }
  return {
    latest: [...changed.values()],
    areaDeltas: [...areaCounts.values()].filter((d) => d.count !== 0),
    pplDeltas: [...pplCounts.values()].filter((d) => d.count !== 0),
  };
}

type Place = Pick<FamilyLatest, 'slsCode' | 'pplStaffId' | 'visitDate' | 'outcome'> & { count: number };

function advanceFamilies(latestByFamily: ReadonlyMap<string, FamilyLatest>, records: readonly ArrivedRecord[]): Map<string, FamilyLatest> {
  const changed = new Map<string, FamilyLatest>();
  for (const r of records) {
    const regencyCode = regencyOf(r.slsCode);
    const family = `${regencyCode}|${r.familyKey}`; // familyIdOf, without an object per record
    const current = changed.get(family) ?? latestByFamily.get(family);
    if (current && !isLater(r, current)) continue;
    changed.set(family, { regencyCode, familyKey: r.familyKey, interviewId: r.id, slsCode: r.slsCode, pplStaffId: r.pplStaffId, visitDate: r.visitDate, outcome: r.outcome, seq: r.seq });
  }
  return changed;
}

function bump<T extends { count: number }>(into: Map<string, T>, key: string, make: () => T, count: number) {
  let found = into.get(key);
  if (!found) into.set(key, (found = make()));
  found.count += count;
}
