import type { Messages } from './messages';

/**
 * The messages client components use ('use client' files call useTranslations): only these travel to the browser
 * with every page, so the rest of the dictionary (and any wording a page may not show) stays on the server. A new
 * client component adds its namespace or keys here; a key missing here shows as its name in that component.
 */
export const clientMessagePaths = [
  'nav.signOut',
  'common',
  'upload',
  'search',
  'levels',
  'fields',
  'strategies',
  'planning',
  'staffPage.imported',
  'fill',
  'plan.failed',
  'plan.progress',
  'plan.progressUnknown',
  'plan.ppl',
  'plan.ideal',
  'plan.floor',
  'auth',
  'coveragePage',
  'monitoringPage',
  'terrain',
  'adoption',
  'planPage',
  'pooling',
  'access',
  'charterKinds',
] as const;

/** The part of a dictionary named by `paths` (a namespace, or a dotted key), in the dictionary's shape. */
export function pickMessages(messages: Messages, paths: readonly string[] = clientMessagePaths): Partial<Messages> {
  const picked: Record<string, unknown> = {};
  for (const path of paths) {
    const keys = path.split('.');
    let from: unknown = messages;
    let to: Record<string, unknown> = picked;
    keys.forEach((key, i) => {
      from = (from as Record<string, unknown> | undefined)?.[key];
      if (from === undefined) return;
      if (i === keys.length - 1) to[key] = from;
      else to = (to[key] ??= {}) as Record<string, unknown>;
    });
  }
  return picked as Partial<Messages>;
}
