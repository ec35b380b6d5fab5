import type { pagesId } from './pages.id';

/** English twin of ./pages.id.ts. */
export const pagesEn: typeof pagesId = {
  staff: {
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
