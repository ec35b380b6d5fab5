import type { overviewCoverageId } from './overview-coverage.id';

/** English twin of ./overview-coverage.id.ts. */
export const overviewCoverageEn: typeof overviewCoverageId = {
  title: 'Coverage of your areas',
  asOf: 'as of {date, date, dayLong}',
  done: '{done, number} of {target, number} families',
  pace: 'pace {pace, number, oneDecimal} families/day',
  chart: 'Cumulative planned and actual',
  open: 'Open coverage',
  none: 'No family recorded yet.',
  behind: '{behind, number} of {count, plural, one {# subarea} other {# subareas}} behind',
};
