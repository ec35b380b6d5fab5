import { describe, expect, it } from 'vitest';
import { territoriesFromShares } from '@/lib/simulation/territories-from-shares';

const a = '64.71.01.1001.0001';
const b = '64.71.01.1001.0002';
const c = '64.71.01.1001.0003';

describe('territoriesFromShares', () => {
  it.each([
    {
      what: 'whole SLS stay with their slot, in code order',
      shares: [{ slotId: 1, slsCode: b, families: 80 }, { slotId: 1, slsCode: a, families: 70 }, { slotId: 2, slsCode: c, families: 60 }],
      dropouts: [],
      territories: { 1: [{ slsCode: a, families: 70 }, { slsCode: b, families: 80 }], 2: [{ slsCode: c, families: 60 }] },
      takeovers: {},
    },
    {
      what: 'a dropout keeps the SLS as planned; the families others took over are theirs from the date',
      shares: [{ slotId: 1, slsCode: a, families: 30 }, { slotId: 3, slsCode: a, families: 25 }, { slotId: 2, slsCode: a, families: 15 }, { slotId: 1, slsCode: b, families: 0 }, { slotId: 2, slsCode: b, families: 80 }, { slotId: 2, slsCode: c, families: 60 }],
      dropouts: [{ slotId: 1, fromDate: '2022-10-25' }],
      territories: { 1: [{ slsCode: a, families: 70 }, { slsCode: b, families: 80 }], 2: [{ slsCode: c, families: 60 }] },
      takeovers: { 1: [{ slsCode: a, toSlotId: 2, families: 15 }, { slsCode: a, toSlotId: 3, families: 25 }, { slsCode: b, toSlotId: 2, families: 80 }] },
    },
    {
      what: 'an SLS the dropout held is theirs though its whole share went to others',
      shares: [{ slotId: 2, slsCode: a, families: 50 }, { slotId: 3, slsCode: a, families: 20 }, { slotId: 2, slsCode: b, families: 80 }],
      dropouts: [{ slotId: 1, fromDate: '2022-10-25', slsCodes: [a] }],
      territories: { 1: [{ slsCode: a, families: 70 }], 2: [{ slsCode: b, families: 80 }] },
      takeovers: { 1: [{ slsCode: a, toSlotId: 2, families: 50 }, { slsCode: a, toSlotId: 3, families: 20 }] },
    },
    {
      what: 'a coordinator’s split without a dropout: simulated whole with the larger share',
      shares: [{ slotId: 1, slsCode: a, families: 20 }, { slotId: 2, slsCode: a, families: 50 }],
      dropouts: [],
      territories: { 2: [{ slsCode: a, families: 70 }] },
      takeovers: {},
    },
  ])('$what', ({ shares, dropouts, territories, takeovers }) => {
    const result = territoriesFromShares({ shares, dropouts });
    expect(Object.fromEntries(result.territories)).toEqual(territories);
    expect(Object.fromEntries(result.dropouts.map((d) => [d.slotId, d.takeovers]))).toEqual(takeovers);
  });
});
