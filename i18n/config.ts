import type { Formats } from 'next-intl';

export { defaultLang, isLang, languages, type Lang } from '@/lib/i18n/languages';

/** The cookie the language switch sets (app/_lib/actions.ts); pages read it, API routes read it before Accept-Language. */
export const langCookie = 'sigap_lang';

/** The time zone instants are shown in; calendar days (`YYYY-MM-DD`) use the day formats below, which read UTC. */
export const timeZone = 'Asia/Jakarta';

/**
 * The named formats every page and message uses: `format.number(v, 'rupiah')`, `{v, number, rupiah}`,
 * `format.dateTime(calendarDay(d), 'day')`, `{date, date, day}`. Day formats read UTC: pass `calendarDay('2022-10-15')`.
 */
export const formats = {
  number: {
    /** Rp 4.567.000 / Rp 4,567,000 */
    rupiah: { style: 'currency', currency: 'IDR', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 },
    /** Rp 4,57 M / Rp 4.57B, for cards */
    rupiahCompact: { style: 'currency', currency: 'IDR', currencyDisplay: 'narrowSymbol', notation: 'compact', maximumFractionDigits: 2 },
    /** families per day, ideal PPL: 9,9 / 9.9 */
    oneDecimal: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
    /** a share (0.25 -> 25%), up to two decimals */
    percent: { style: 'percent', maximumFractionDigits: 2 },
    /** a change with its sign: +3 / -2 */
    signed: { signDisplay: 'exceptZero', maximumFractionDigits: 1 },
    /** a relative change with its sign: +2,5% */
    signedPercent: { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 },
  },
  dateTime: {
    /** 15 Okt / Oct 15 */
    day: { day: 'numeric', month: 'short', timeZone: 'UTC' },
    /** 15 Oktober 2022 / October 15, 2022 */
    dayLong: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
    /** Sab, 15 Okt / Sat, Oct 15 */
    weekdayDay: { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' },
    /** Sabtu, 15 Okt / Saturday, Oct 15 */
    weekdayDayLong: { weekday: 'long', day: 'numeric', month: 'short', timeZone: 'UTC' },
    /** Sen / Mon */
    weekdayShort: { weekday: 'short', timeZone: 'UTC' },
    /** Senin / Monday */
    weekdayLong: { weekday: 'long', timeZone: 'UTC' },
    /** 15 */
    dayOfMonth: { day: 'numeric', timeZone: 'UTC' },
  },
} as const satisfies Formats;

/** A calendar day (`YYYY-MM-DD`) as the instant the day formats above show as that very day, wherever the server runs. */
export function calendarDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** A weekday (0 = Sunday) as a date the weekday formats show as that weekday (the first week of 2023 began on a Sunday). */
export function weekdayDate(weekday: number): Date {
  return new Date(Date.UTC(2023, 0, 1 + weekday));
}
