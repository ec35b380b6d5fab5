import { describe, expect, it } from 'vitest';
import { areaOptionLabel, resolveAreaChoice } from '@/lib/areas/area-choice';

const options = [
  { code: '64.71', name: 'Kota Balikpapan' },
  { code: '64.71.01', name: 'Balikpapan Timur' },
  { code: '12.03', name: 'Tapanuli Tengah' },
  { code: '13.09', name: 'Tapanuli Tengah' }, // the same name twice: only its code can tell them apart
];

describe('the plan form\'s area box', () => {
  it('writes a suggestion as its name and code', () => {
    expect(areaOptionLabel(options[0]!)).toBe('Kota Balikpapan (64.71)');
  });

  it.each([
    ['a code as typed', ' 64.71 ', '64.71'],
    ['a suggestion as written', 'Kota Balikpapan (64.71)', '64.71'],
    ['a suggestion edited around its code', 'Balikpapan (64.71.01) ', '64.71.01'],
    ['a name one suggestion carries, in any case', 'kota balikpapan', '64.71'],
    ['a name two suggestions carry', 'Tapanuli Tengah', null],
    ['a fragment', 'Balik', null],
    ['nothing', '', null],
    ['a malformed code in brackets', 'X (64.7)', null],
  ])('reads %s', (_what, text, expected) => {
    expect(resolveAreaChoice(text, options)).toBe(expected);
  });
});
