import { describe, expect, it } from 'vitest';
import { assignKoseka } from '@/lib/planning/assign-koseka';
import { formTeams } from '@/lib/planning/form-teams';

describe('formTeams', () => {
  it.each([
    { ppl: 1, sizes: [1] },
    { ppl: 4, sizes: [4] },
    { ppl: 5, sizes: [3, 2] }, // ceil(5/4) = 2 teams, as even as possible
    { ppl: 9, sizes: [3, 3, 3] }, // not 4 + 4 + 1
    { ppl: 10, sizes: [4, 3, 3] },
    { ppl: 0, sizes: [] },
  ])('$ppl PPL with 4 per PML: teams of $sizes', ({ ppl, sizes }) => {
    const teams = formTeams({ districts: [{ districtCode: '64.71.01', firstTerritory: 0, territoryCount: ppl }], pplPerPml: 4 });
    expect(teams.map((t) => t.territoryIndexes.length)).toEqual(sizes);
    expect(teams.flatMap((t) => t.territoryIndexes)).toEqual(Array.from({ length: ppl }, (_, i) => i));
  });

  it('never mixes kecamatan and numbers teams per kecamatan', () => {
    const teams = formTeams({
      districts: [
        { districtCode: '64.71.01', firstTerritory: 0, territoryCount: 5 },
        { districtCode: '64.71.02', firstTerritory: 5, territoryCount: 3 },
      ],
      pplPerPml: 4,
    });
    expect(teams.map((t) => [t.label, t.territoryIndexes])).toEqual([
      ['PML 64.71.01-01', [0, 1, 2]],
      ['PML 64.71.01-02', [3, 4]],
      ['PML 64.71.02-01', [5, 6, 7]],
    ]);
    expect(teams.map((t) => t.index)).toEqual([0, 1, 2]);
  });
});

describe('assignKoseka', () => {
  it.each([
    { ppl: 0, posts: 0 },
    { ppl: 1, posts: 1 },
    { ppl: 60, posts: 1 }, // "more than 60" splits
    { ppl: 61, posts: 2 },
    { ppl: 400, posts: 2 },
  ])('$ppl PPL: $posts KOSEKA', ({ ppl, posts }) => {
    expect(assignKoseka({ districts: [{ districtCode: '64.71.01', ppl }], kosekaSplitPpl: 60 })).toHaveLength(posts);
  });
});
