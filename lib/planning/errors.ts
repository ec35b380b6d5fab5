/** The window leaves no planned working day once rest days, holidays and the reserve are taken out. */
export class NoWorkingDaysError extends Error {
  constructor(detail: string) {
    super(`Tidak ada hari kerja: ${detail}`);
    this.name = 'NoWorkingDaysError';
  }
}

/** A workload row breaks an invariant the planner relies on (codes, whole numbers, uniqueness). */
export class InvalidWorkloadError extends Error {
  constructor(slsCode: string, problem: string) {
    super(`Beban kerja SLS "${slsCode}" tidak valid: ${problem}`);
    this.name = 'InvalidWorkloadError';
  }
}

/** A workload lies outside the area being planned. */
export class AreaMismatchError extends Error {
  constructor(districtCode: string, areaCode: string) {
    super(`Kecamatan ${districtCode} berada di luar wilayah ${areaCode}`);
    this.name = 'AreaMismatchError';
  }
}
