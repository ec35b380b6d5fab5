import type { Problem } from '../i18n/problem';

/**
 * The planner's domain errors carry their problem (a code with its facts) for app/ to word in the reader's language;
 * the Indonesian message is what a log or a stack trace shows.
 */
export abstract class PlanningError extends Error {
  constructor(
    message: string,
    readonly problem: Problem,
  ) {
    super(message);
  }
}

/** The window leaves no planned working day once rest days, holidays and the reserve are taken out. */
export class NoWorkingDaysError extends PlanningError {
  constructor(problem: Problem & { code: 'window_not_a_range' | 'no_open_days' }) {
    const v = problem.values ?? {};
    super(
      problem.code === 'window_not_a_range'
        ? `Tidak ada hari kerja: jendela ${v.windowStart}..${v.windowEnd} bukan rentang tanggal yang sah`
        : `Tidak ada hari kerja: ${v.openDays} hari terbuka di jendela ${v.windowStart}..${v.windowEnd}, cadangan ${v.reserveDays} hari`,
      problem,
    );
    this.name = 'NoWorkingDaysError';
  }
}

/** A workload row breaks an invariant the planner relies on (codes, whole numbers, uniqueness). */
export class InvalidWorkloadError extends PlanningError {
  constructor(problem: Problem & { values: { slsCode: string } }) {
    super(`Beban kerja SLS "${problem.values.slsCode}" tidak valid (${problem.code})`, problem);
    this.name = 'InvalidWorkloadError';
  }
}

/** A workload lies outside the area being planned. */
export class AreaMismatchError extends PlanningError {
  constructor(districtCode: string, areaCode: string) {
    super(`Kecamatan ${districtCode} berada di luar wilayah ${areaCode}`, { code: 'area_mismatch', values: { districtCode, areaCode } });
    this.name = 'AreaMismatchError';
  }
}
