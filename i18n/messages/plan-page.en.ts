import type { planPageId } from './plan-page.id';

/** English twin of ./plan-page.id.ts. */
export const planPageEn: typeof planPageId = {
  sections: 'Page sections',
  summary: 'Summary',
  districts: 'Districts',
  teams: 'Teams',
  charters: 'Charters',
  budget: 'Budget',
  regencySubtotal: 'Total {name}',
  columnsExplained: 'What the columns mean',
  districtColumns: {
    families: 'Families: estimated families from the prelist (the target).',
    ppl: 'PPL: enumerators planned.',
    ideal: 'Ideal PPL: families / (minimum norm × working days on site), summed per village.',
    floor: 'Floor: families / (maximum norm × working days), rounded up; no valid plan can go below it.',
    pml: 'PML: supervisors, one for at most 4 PPL (or one staying with a remote team).',
    dailyTarget: 'Families/day: the range of the PPL daily targets in that district.',
    flagged: 'Flagged: territories outside the norm (e.g. small remote villages), shown, not hidden.',
  },
  tripColumns: {
    route: 'Route: the district base → the villages served (people getting off, on or visited) → the base.',
    dates: 'Dates: the day it leaves the base to the day it is back.',
    seats: 'Seats used / free: people on board at its fullest, and the seats left.',
    cost: 'Cost: one leg for a trip in, out or between villages, two for a supervision visit (there and back), plus each extra village.',
  },
  filterDistrict: 'District',
  filterMode: 'Mode',
  filterDate: 'On date',
  filterAll: 'All',
  filterShown: '{shown, number} of {total, number} trips',
  filterNone: 'No trip matches these filters.',
  workloadsChanged: 'The workloads of {villages, plural, one {# village} other {# villages}} in this area changed after this plan was saved (last on {date}): {names}.',
  workloadsChangedMore: 'and {count, number} more',
  planAgain: 'Plan again with the current workloads',
};
