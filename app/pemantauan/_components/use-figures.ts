'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { calendarDay } from '@/i18n/config';

/** Latest date a forecast names (lib/coverage/working-calendar farthestDate): further off means "not at this pace". */
const farthestDate = '9999-12-31';

/** The number and date formats Pemantauan shows its figures in, in the page's language. */
export function useFigures() {
  const t = useTranslations('monitoringPage');
  const format = useFormatter();
  return {
    n: (v: number) => format.number(v),
    one: (v: number) => format.number(v, 'oneDecimal'),
    day: (d: string) => format.dateTime(calendarDay(d), 'day'),
    dayLong: (d: string) => format.dateTime(calendarDay(d), 'dayLong'),
    forecast: (d: string | null) => (d === null ? t('noForecast') : d >= farthestDate ? t('notAtThisPace') : format.dateTime(calendarDay(d), 'day')),
  };
}
