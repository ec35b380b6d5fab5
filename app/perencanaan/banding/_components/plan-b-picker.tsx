import { useTranslations } from 'next-intl';

/** Chooses B among the other saved plans of A's area (a GET form; A stays). Nothing when A's area has no other plan. */
export function PlanBPicker({ a, b, plans, label }: { a: number; b: number; plans: readonly { id: number; name: string; version: number }[]; label: string }) {
  const t = useTranslations();
  const others = plans.filter((p) => p.id !== a);
  if (others.length === 0) return null;
  return (
    <form action="/perencanaan/banding" className="filter-form" data-testid="compare-pick-b">
      <input type="hidden" name="a" value={a} />
      <label>
        {label}
        <select name="b" defaultValue={others.some((p) => p.id === b) ? b : others[0]!.id}>
          {others.map((p) => <option key={p.id} value={p.id} translate="no">{p.name} · {t('plan.version', { version: p.version })}</option>)}
        </select>
      </label>
      <button type="submit" className="button">{t('pages.compare.show')}</button>
    </form>
  );
}
