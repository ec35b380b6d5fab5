'use client';

import { useTranslations } from 'next-intl';
import type { PplMonitoring } from './api';

/** A PPL's or group's status as a coloured pill: on track green, behind red, done blue, inactive grey. */
export function StatusBadge({ status }: { status: PplMonitoring['status'] }) {
  const t = useTranslations('monitoringPage');
  return <span className={`status status-${status}`} data-status={status}>{t(`statuses.${status}`)}</span>;
}
