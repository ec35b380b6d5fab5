import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/messages/en';
import { id } from '@/i18n/messages/id';
import { problemCodes } from '@/lib/i18n/problem';
import { flatten, placeholdersOf } from './messages';

const indonesian = flatten(id);
const english = flatten(en);

describe('the two dictionaries', () => {
  it('have the same keys', () => {
    expect([...english.keys()].sort()).toEqual([...indonesian.keys()].sort());
  });

  it('give every message the same ICU arguments (name and kind: plural, select, number format, date format)', () => {
    const differ = [...indonesian].filter(([key, text]) => placeholdersOf(text).join() !== placeholdersOf(english.get(key) ?? '').join());
    expect(differ.map(([key, text]) => `${key}: ${placeholdersOf(text).join()} / ${placeholdersOf(english.get(key) ?? '').join()}`)).toEqual([]);
  });

  it('word every problem lib/ reports, and nothing else', () => {
    expect(Object.keys(id.problems).sort()).toEqual([...problemCodes].sort());
  });

  it('hold no message that is empty or left untranslated by accident', () => {
    const same = [...indonesian].filter(([key, text]) => text.trim() === '' || (english.get(key) === text && /[a-z]{4}/i.test(text.replace(/\{[^}]*\}/g, ''))));
    // Shared on purpose: codes, abbreviations and column names that read the same in both languages.
    const shared = new Set(['areas.country', 'fields.pplPerPml', 'fields.format', 'planning.importFormat', 'staffPage.format', 'staffPage.status', 'coveragePage.status', 'plan.koseka', 'plan.total', 'roles.koseka', 'roles.pml', 'roles.ppl', 'monitoringPage.columns.status']);
    // Island groups are proper names: Kalimantan, Sulawesi, Maluku, Papua read the same in English.
    expect(same.map(([key]) => key).filter((key) => !shared.has(key) && !key.startsWith('exports.') && !key.startsWith('terrain.regions.'))).toEqual([]);
  });
});
