'use client';

import { useTranslations } from 'next-intl';
import type { Monitoring } from './api';
import { StatusBadge } from './status-badge';
import { useFigures } from './use-figures';

type Team = Monitoring['teams'][number];

/** Each PML team's totals; a team's name filters the PPL list to it. */
export function TeamTable({ teams, onPick }: { teams: readonly Team[]; onPick: (pmlSlotId: number | null) => void }) {
  const t = useTranslations('monitoringPage');
  const f = useFigures();
  return (
    <div className="table-scroll">
      <table className="wide mon-table mon-sticky" data-testid="team-table">
        <thead>
          <tr>
            <th>{t('columns.team')}</th>
            <th className="num">{t('columns.members')}</th>
            <th className="num">{t('columns.behind')}</th>
            <th className="num">{t('columns.families')}</th>
            <th className="num">{t('columns.done')}</th>
            <th className="num">{t('columns.remaining')}</th>
            <th className="num" title={t('columnNotes.pace')}>{t('columns.pace')}</th>
            <th className="num" title={t('columnNotes.target')}>{t('columns.target')}</th>
            <th>{t('columns.forecast')}</th>
            <th>{t('columns.status')}</th>
            <th className="num" title={t('columnNotes.outside')}>{t('columns.outside')}</th>
          </tr>
        </thead>
        <tbody>
          {teams.map((team) => (
            <tr key={`${team.districtCode}-${team.pmlSlotId}`} data-testid="team-row">
              <td>
                <button type="button" className="link-like" onClick={() => onPick(team.pmlSlotId)}>
                  {team.pmlLabel ? <span translate="no">{team.pmlLabel}</span> : t('noTeam')}
                </button>
                {team.pmlName && <div className="muted mon-name" translate="no">{team.pmlName}</div>}
              </td>
              <td className="num">{f.n(team.pplCount)}</td>
              <td className={team.statusCounts.behind > 0 ? 'num flag' : 'num'}>{f.n(team.statusCounts.behind)}</td>
              <td className="num">{f.n(team.assignedFamilies)}</td>
              <td className="num">{f.n(team.doneFamilies)}</td>
              <td className="num">{f.n(team.remainingFamilies)}</td>
              <td className="num">{f.one(team.pace)}</td>
              <td className="num">{f.one(team.dailyTargetFamilies)}</td>
              <td>{f.forecast(team.forecastFinish)}</td>
              <td><StatusBadge status={team.status} /></td>
              <td className={team.outsideAssignmentRecords > 0 ? 'num flag' : 'num'}>{team.outsideAssignmentRecords > 0 ? f.n(team.outsideAssignmentRecords) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
