import type { pagesId } from './pages.id';

/** English twin of ./pages.id.ts. */
export const pagesEn: typeof pagesId = {
  planning: {
    introReader: 'The plans the office head saved for your areas: PPL, PML and KOSEKA needed, territories, daily schedules, charters and budget. Open a plan to see its teams and schedules.',
  },
  compare: {
    differentAreas: 'Plans A and B cover different areas: plans of different areas are not compared figure by figure.',
    pickSameArea: 'Pick B among the other plans of A’s area.',
    noOther: 'There is no other plan of A’s area yet; make a second scenario on the Planning page.',
    b: 'B: another plan of this area',
    show: 'Compare',
  },
  planForm: {
    area: 'Area',
    areaHint: 'Type its name (e.g. “Balik”) and pick a suggestion, or write its code (64.71). A province, regency/city or district inside your areas.',
    unknownArea: '“{text}” is no area you may plan: pick one of the suggestions, or write its code.',
  },
  staff: {
    introReader: 'Recruited staff (PPL, PML, KOSEKA) in your areas, and the plan teams you may see. The office head uploads the roster and fills plans from it.',
    roster: 'Roster',
    search: 'Find staff',
    searchPlaceholder: 'Name, role, village, district or area code…',
    role: 'Role',
    allRoles: 'All roles',
    show: 'Show',
    reset: 'Clear search',
    range: '{from, number}–{to, number} of {total, number}',
    noMatch: 'No staff match this search.',
    pages: 'Roster pages',
    previous: '‹ Previous',
    next: 'Next ›',
    page: 'Page {page, number}',
    plan: 'Plan to fill',
    planShown: 'Plan shown',
    pick: 'Choose',
    noPlans: 'No saved plan for your areas yet. Make one on the Planning page.',
    fillNotYours: 'This plan reaches beyond your areas: only an office head whose areas hold the whole plan may fill it.',
  },
};
