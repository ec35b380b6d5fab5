'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { calendarDay } from '@/i18n/config';
import type { Role } from '@/lib/auth/permissions';
import { fetchMonitoring, monitoringKey, type Monitoring, type PplMonitoring } from './api';
import type { Notice } from './move-form';
import { PplDialog } from './ppl-dialog';
import { PplTable } from './ppl-table';
import { PplProgressChart, SmallMultiples } from './progress-charts';
import { TeamTable } from './team-table';
import { Toast } from './toast';
import { TotalsCards } from './totals-cards';

const refreshMs = 60_000;
const statuses = ['behind', 'on_track', 'done', 'inactive'] as const;
const teamValue = (pmlSlotId: number | null) => (pmlSlotId === null ? 'none' : String(pmlSlotId));

/**
 * The coordinator workspace of one kecamatan: totals, every PPL most urgent first (filtered by team or status),
 * team totals, progress charts, and per PPL the dialog that moves their SLS or marks them inactive. The first
 * answer comes from the server; react-query keeps it fresh and carries the optimistic moves.
 */
export function MonitoringWorkspace({ initial, planId, districtCode, role, windowStart }: { initial: Monitoring; planId: number; districtCode: string; role: Role; windowStart: string }) {
  const t = useTranslations('monitoringPage');
  const query = useQuery({ queryKey: monitoringKey(planId, districtCode), queryFn: () => fetchMonitoring(planId, districtCode), initialData: initial, refetchInterval: refreshMs });
  const m = query.data;
  const [team, setTeam] = useState('all');
  const [status, setStatus] = useState<'all' | PplMonitoring['status']>('all');
  const [open, setOpen] = useState<number | null>(null);
  const [chartSlot, setChartSlot] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const teams = new Map(m.teams.map((g) => [g.pmlSlotId, g]));
  const teamOf = (p: PplMonitoring) => teams.get(p.pmlSlotId)?.pmlLabel ?? t('noTeam');
  const shown = m.ppl.filter((p) => (team === 'all' || teamValue(p.pmlSlotId) === team) && (status === 'all' || p.status === status));
  const opened = m.ppl.find((p) => p.slotId === open);
  const charted = m.ppl.find((p) => p.slotId === chartSlot) ?? shown[0];
  const totals = role === 'pml' ? m.teams[0] : m.kecamatan.find((k) => k.districtCode === districtCode);
  return (
    <>
      <p className="muted">{t('today', { date: calendarDay(m.asOf) })} · {t('updated')}</p>
      {query.isError && <p className="note">{t('refreshFailed')}</p>}
      {m.ppl.length === 0 ? <p className="note">{t('noPpl')}</p> : (
        <>
          {totals && <TotalsCards group={totals} title={role === 'pml' ? t('teamTotals') : t('kecamatanTotals')} />}
          <h2>{t('pplList')}</h2>
          <p className="muted">{t('intro')}</p>
          <div className="mon-filters">
            {m.teams.length > 1 && (
              <label>{t('filterTeam')}{' '}
                <select value={team} onChange={(e) => setTeam(e.target.value)} data-testid="team-filter" translate="no">
                  <option value="all">{t('allTeams')}</option>
                  {m.teams.map((g) => <option key={teamValue(g.pmlSlotId)} value={teamValue(g.pmlSlotId)}>{g.pmlLabel ?? t('noTeam')}{g.pmlName ? ` · ${g.pmlName}` : ''}</option>)}
                </select>
              </label>
            )}
            <label>{t('columns.status')}{' '}
              <select value={status} onChange={(e) => setStatus(e.target.value as typeof status)} data-testid="status-filter">
                <option value="all">{t('allStatuses')}</option>
                {statuses.map((s) => <option key={s} value={s}>{t(`statuses.${s}`)}</option>)}
              </select>
            </label>
            <span className="muted">{t('pplCount', { count: shown.length })}</span>
          </div>
          <PplTable ppl={shown} teamOf={teamOf} onOpen={setOpen} minDailyFamilies={m.minDailyFamilies} changed={new Set(notice?.slotIds)} />
          {role !== 'pml' && m.teams.length > 0 && (
            <>
              <h2>{t('teams')}</h2>
              <TeamTable teams={m.teams} onPick={(pmlSlotId) => setTeam(teamValue(pmlSlotId))} />
            </>
          )}
          <h2>{t('chartTitle')}</h2>
          <p className="muted mon-small">{t('chartHint')}</p>
          {charted && (
            <>
              <label className="mon-field mon-chart-pick">{t('chartPick')}
                <select value={charted.slotId} onChange={(e) => setChartSlot(Number(e.target.value))} data-testid="chart-pick" translate="no">
                  {shown.map((p) => <option key={p.slotId} value={p.slotId}>{p.label}{p.staffName ? ` · ${p.staffName}` : ''}</option>)}
                </select>
              </label>
              <PplProgressChart ppl={charted} asOf={m.asOf} />
            </>
          )}
          <SmallMultiples ppl={shown} onOpen={setOpen} />
        </>
      )}
      <p><a href={`/pemantauan/log?kecamatan=${districtCode}`} data-testid="kecamatan-log">{t('logOfKecamatan')}</a></p>
      {opened && <PplDialog ppl={opened} monitoring={m} planId={planId} districtCode={districtCode} windowStart={windowStart} onNotice={setNotice} onClose={() => setOpen(null)} />}
      {notice && <Toast notice={notice} onClose={() => setNotice(null)} />}
    </>
  );
}
