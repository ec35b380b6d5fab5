import { describe, expect, it, vi } from 'vitest';
import { setLanguage } from '@/app/_lib/actions';

const cookieStore = { set: vi.fn() };
vi.mock('next/headers', () => ({ cookies: async () => cookieStore }));

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.set(k, v);
  return data;
};

describe('setLanguage: the language switch takes a form, and anything else changes nothing', () => {
  it('sets the language cookie from the form', async () => {
    await setLanguage(form({ lang: 'en' }));
    expect(cookieStore.set).toHaveBeenLastCalledWith('sigap_lang', 'en', expect.objectContaining({ httpOnly: true, sameSite: 'lax' }));
  });

  // POST /wilayah with the action's Next-Action id and a text body answered 500: the action was called with the
  // decoded text, not a form, and `formData.get` is no function of a string.
  it.each([['a text body', '["en"]'], ['no argument', undefined], ['an object', { lang: 'en' }], ['an unknown language', form({ lang: 'x'.repeat(10_000) })]])('ignores %s', async (_what, input) => {
    cookieStore.set.mockClear();
    await expect(setLanguage(input as FormData)).resolves.toBeUndefined();
    expect(cookieStore.set).not.toHaveBeenCalled();
  });
});
