import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getPlan, listSavedPlans } from '@/db/queries/plans';
import { describeIssue, fieldLabel } from '@/i18n/describe';
import { planIdInput } from '@/lib/operations/plan-request';
import { terrainClasses, type TerrainClass } from '@/lib/planning/terrain/types';
import { formatParam, type Words } from './_lib/format-param';
import { compareSummaries, type SummaryDelta } from '@/lib/operations/plan-summary';
import { requirePage } from '../../_lib/auth';
import { requestDb } from '../../_lib/db';
import { PoolingFigures } from '../[id]/_components/pooling-figures';
import { PlanBPicker } from './_components/plan-b-picker';

const compareInput = z.object({ a: planIdInput, b: planIdInput });

/** Each compared figure with its label in the `plan` messages. */
const rowLabels = {
  families: 'families', workingDays: 'workingDays', ppl: 'ppl', pml: 'pml', koseka: 'koseka', staff: 'staff', idealPpl: 'ideal', floorPpl: 'floor',
  flaggedTerritories: 'flagged', charterLegs: 'charters', familiesPerDay: 'dailyTarget', 'budget.pplRupiah': 'honorPpl', 'budget.pmlRupiah': 'honorPml',
  'budget.kosekaRupiah': 'honorKoseka', 'budget.chartersRupiah': 'charterCost', 'budget.totalRupiah': 'totalBudget',
} as const satisfies Partial<Record<SummaryDelta['key'], string>>;
/** The same scenarios with the operation's norm everywhere (no terrain), labelled in the `terrain` messages. */
const plainLabels = { 'plainRules.ppl': 'plainPpl', 'plainRules.staff': 'plainStaff' } as const satisfies Partial<Record<SummaryDelta['key'], string>>;
/** Figures of charter pooling, labelled in the `pooling` messages. */
const poolingLabels = { remotePpl: 'remotePpl', charterTrips: 'charterTrips' } as const satisfies Partial<Record<SummaryDelta['key'], string>>;

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const { scope } = await requirePage('plan.read', { path: '/perencanaan/banding' });
  const [t, format, lang] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const parsed = compareInput.safeParse(await searchParams);
  const back = <p><Link href="/perencanaan">← {t('plan.backToPlans')}</Link></p>;
  if (!parsed.success) return <>{back}<p className="note">{t('compare.pickTwo')} {describeIssue(parsed.error.issues[0]!, lang).message}</p></>;
  const db = await requestDb();
  const [a, b] = await Promise.all([getPlan(db, scope, parsed.data.a), getPlan(db, scope, parsed.data.b)]);
  // Another region's plan answers as one that does not exist.
  if (!a || !b) notFound();
  if (!a.summary || !b.summary) return <>{back}<p className="note">{t('compare.notSaved')}</p></>;
  // Only plans of one area compare figure by figure: B is offered among the plans of A's area.
  const sameArea = await listSavedPlans(db, scope, a.operationId, { areaCode: a.areaCode });
  const areaOf = (p: typeof a) => `${p.summary?.areaName ?? p.areaCode} (${p.areaCode})`;
  if (a.areaCode !== b.areaCode) {
    return (
      <>
        {back}
        <h1>{t('compare.title')}</h1>
        <div className="note" data-testid="compare-areas-differ">
          <p>{t('pages.compare.differentAreas')}</p>
          <ul>
            {([['A', a], ['B', b]] as const).map(([key, p]) => (
              <li key={key}>{key}: <Link href={`/perencanaan/${p.id}`} translate="no">{p.name}</Link> · <span translate="no">{areaOf(p)}</span></li>
            ))}
          </ul>
          <p>{sameArea.length > 1 ? t('pages.compare.pickSameArea') : t('pages.compare.noOther')}</p>
        </div>
        <PlanBPicker a={a.id} b={b.id} plans={sameArea} label={t('pages.compare.b')} />
      </>
    );
  }
  const rows = compareSummaries(a.summary, b.summary);
  const paramsA: Record<string, unknown> = a.params;
  const paramsB: Record<string, unknown> = b.params;
  const changed = Object.keys({ ...paramsA, ...paramsB }).filter((k) => JSON.stringify(paramsA[k]) !== JSON.stringify(paramsB[k]));
  const classes = Object.fromEntries(terrainClasses.map((c) => [c, t(`terrain.classes.${c}`)])) as Record<TerrainClass, string>;
  const words: Words = { none: t('common.none'), standard: t('strategies.standard'), lean: t('strategies.lean'), yes: t('common.yes'), no: t('common.no'), classes };
  const [summaryA, summaryB] = [a.summary, b.summary];
  const label = (key: SummaryDelta['key']) =>
    key in rowLabels ? t(`plan.${rowLabels[key as keyof typeof rowLabels]}`)
      : key in plainLabels ? t(`terrain.${plainLabels[key as keyof typeof plainLabels]}`)
        : key in poolingLabels ? t(`pooling.${poolingLabels[key as keyof typeof poolingLabels]}`) : key;
  const value = (key: string, v: number) => (key.startsWith('budget.') ? format.number(v, 'rupiah') : key === 'familiesPerDay' || key === 'idealPpl' ? format.number(v, 'oneDecimal') : format.number(v));
  return (
    <>
      {back}
      <h1>{t('compare.title')} <span className="muted">· <span translate="no">{areaOf(a)}</span></span></h1>
      <PlanBPicker a={a.id} b={b.id} plans={sameArea} label={t('pages.compare.b')} />
      <div className="table-scroll"><table data-testid="compare-table">
        <thead>
          <tr>
            <th />
            <th className="num">A: <Link href={`/perencanaan/${a.id}`} translate="no">{a.name}</Link></th>
            <th className="num">B: <Link href={`/perencanaan/${b.id}`} translate="no">{b.name}</Link></th>
            <th className="num">{t('compare.difference')}</th><th className="num">%</th>
          </tr>
        </thead>
        <tbody>
          {changed.map((k) => (
            <tr key={k} className="selected">
              <th>{fieldLabel(k, lang) ?? k}</th>
              <td className="num">{formatParam(k, paramsA[k], { words, format })}</td><td className="num">{formatParam(k, paramsB[k], { words, format })}</td><td /><td />
            </tr>
          ))}
          {rows.map((r) => (
            <tr key={r.key}>
              <th>{label(r.key)}</th>
              <td className="num">{value(r.key, r.a)}</td>
              <td className="num">{value(r.key, r.b)}</td>
              <td className={`num ${r.delta > 0 ? 'delta-up' : r.delta < 0 ? 'delta-down' : ''}`}>{r.delta > 0 ? '+' : ''}{value(r.key, r.delta)}</td>
              <td className="num">{r.deltaPct === null ? t('common.none') : format.number(r.deltaPct / 100, 'signedPercent')}</td>
            </tr>
          ))}
        </tbody>
      </table></div>
      {/* each scenario made with charter pooling, against the unpooled plan of its own input */}
      {[{ key: 'A', plan: a, summary: summaryA }, { key: 'B', plan: b, summary: summaryB }].map(({ key, plan, summary }) =>
        summary.pooling ? (
          <section key={key} data-testid={`compare-pooling-${key}`}>
            <h2>{key}: <span translate="no">{plan.name}</span></h2>
            <PoolingFigures pooling={summary.pooling} />
          </section>
        ) : null,
      )}
    </>
  );
}
