import type { Messages } from '@/lib/i18n/messages';

/** A page whose capability arrives in a later release says so plainly. */
export function ComingSoon({ title, what, t }: { title: string; what: string; t: Messages }) {
  return (
    <>
      <h1>{title}</h1>
      <p>{what}</p>
      <p className="note">{t.placeholder.comingSoon}</p>
    </>
  );
}
