import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { listChildAreas, searchAreas } from '@/db/queries/areas';
import { describeIssue } from '@/i18n/describe';
import { areaSearchInput } from '@/lib/areas/inputs';
import { requirePage } from '../_lib/auth';
import { requestContext } from '../_lib/db';
import { AreaSearch } from './_components/area-search';
import { AreaTable } from './_components/area-table';

export default async function AreasPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { scope } = await requirePage('area.read', { path: '/wilayah' });
  const [t, lang] = await Promise.all([getTranslations(), getLocale()]);
  const { db, operation } = await requestContext();
  const parsed = areaSearchInput.safeParse(await searchParams);
  const q = parsed.success ? parsed.data.q : '';
  // Only the viewer's own areas and the way down to them.
  const [rows, results] = await Promise.all([
    listChildAreas(db, scope, null, operation?.id ?? null),
    q ? searchAreas(db, scope, q, 50) : Promise.resolve([]),
  ]);
  const problem = parsed.error?.issues[0];
  return (
    <>
      <h1>{t('areas.title')}</h1>
      <p className="muted">{t('areas.intro')}</p>
      <AreaSearch initial={q} />
      {problem && <p className="note">{describeIssue(problem, lang).message}</p>}
      {q && (
        <section data-testid="search-results">
          <h2>{t('search.results', { query: q })}</h2>
          {results.length === 0 ? (
            <p>{t('search.none')}</p>
          ) : (
            <ul>
              {results.map((a) => (
                <li key={a.code}>
                  <Link href={`/wilayah/${a.code}`} translate="no">{a.name}</Link> <span className="muted">· {t(`levels.${a.level}`)} · {a.code}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <h2>{t('levels.provinsi')}</h2>
      <AreaTable rows={rows} />
    </>
  );
}
