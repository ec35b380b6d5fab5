import type { getFormatter } from 'next-intl/server';
import { calendarDay, weekdayDate } from '@/i18n/config';
import type { TerrainClass } from '@/lib/planning/terrain/types';

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

export type Words = { none: string; standard: string; lean: string; yes: string; no: string; classes: Record<TerrainClass, string> };

/** A rule's value as a reader reads it: dates as dates, weekdays by name, money in rupiah, the strategy and terrain classes by name. */
export function formatParam(key: string, value: unknown, { words, format }: { words: Words; format: Formatter }): string {
  const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
  if (value === undefined || value === null) return words.none;
  if (key === 'strategy' && (value === 'standard' || value === 'lean')) return words[value];
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (key === 'terrainClasses' && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, TerrainClass>);
    return entries.map(([code, c]) => `${code}: ${words.classes[c] ?? c}`).join(', ') || words.none;
  }
  if (key === 'restWeekdays' && Array.isArray(value)) return value.map((d) => format.dateTime(weekdayDate(Number(d)), 'weekdayShort')).join(', ') || words.none;
  if (Array.isArray(value)) return value.map((v) => (isDate(v) ? format.dateTime(calendarDay(v), 'day') : String(v))).join(', ') || words.none;
  if (isDate(value)) return format.dateTime(calendarDay(value), 'dayLong');
  if (typeof value === 'number') return key.endsWith('Rupiah') ? format.number(value, 'rupiah') : format.number(value);
  return String(value);
}
