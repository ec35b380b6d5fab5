import { describe, expect, it } from 'vitest';
import { proposeDropoutSpread } from '@/lib/reassignment/propose-dropout-spread';
import type { PplLoad } from '@/lib/reassignment/types';

const ppl = (slotId: number, remainingFamilies: number, over: Partial<PplLoad> = {}): PplLoad => ({ slotId, villageCodes: ['64.71.01.1001'], pmlSlotId: 1, districtCode: '64.71.01', remainingFamilies, active: true, ...over });
const from = { slotId: 10, pmlSlotId: 1, districtCode: '64.71.01' };
const dates = ['2022-10-31', '2022-11-01', '2022-11-02', '2022-11-03', '2022-11-04', '2022-11-05', '2022-11-07', '2022-11-08'];

describe('proposeDropoutSpread', () => {
  it('gives each SLS whole to the best receiver that can take it, and needs no recruit when all fit', () => {
    const spread = proposeDropoutSpread({
      from,
      unfinished: [
        { slsCode: '64.71.01.1001.0001', villageCode: '64.71.01.1001', familiesLeft: 40 },
        { slsCode: '64.71.01.1001.0002', villageCode: '64.71.01.1001', familiesLeft: 30 },
      ],
      candidates: [ppl(11, 50), ppl(12, 70, { villageCodes: ['64.71.01.1009'] })],
      workingDatesLeft: dates, // 8 days x 14 = 112 a PPL
      maxDailyFamilies: 14,
      recruitLeadDays: 2,
    });
    // 11 (same village, spare 62) takes the first; then 11 has 90 left (spare 22) and 12 (team, spare 42) takes the second
    expect(spread).toEqual({
      moves: [
        { slsCode: '64.71.01.1001.0001', toSlotId: 11, families: 40 },
        { slsCode: '64.71.01.1001.0002', toSlotId: 12, families: 30 },
      ],
      unplacedFamilies: 0,
      recruit: null,
    });
  });

  it('splits what no one can take whole over spare capacity, and says how many to recruit and by when', () => {
    const spread = proposeDropoutSpread({
      from,
      unfinished: [{ slsCode: '64.71.01.1001.0001', villageCode: '64.71.01.1001', familiesLeft: 120 }],
      candidates: [ppl(11, 100), ppl(12, 92)], // spare 12 and 20
      workingDatesLeft: dates,
      maxDailyFamilies: 14,
      recruitLeadDays: 2,
    });
    expect(spread.moves).toEqual([
      { slsCode: '64.71.01.1001.0001', toSlotId: 12, families: 20 },
      { slsCode: '64.71.01.1001.0001', toSlotId: 11, families: 12 },
    ]);
    expect(spread.unplacedFamilies).toBe(88);
    // 88 families over the 6 days after the lead time at 14 a day: one recruit (84 < 88), so two; two need 4 days
    expect(spread.recruit).toEqual({ code: 'recruit', count: 2, districtCode: '64.71.01', families: 88, startBy: '2022-11-04' });
  });

  it('says there is no time to recruit when the lead time eats the days left', () => {
    const spread = proposeDropoutSpread({
      from,
      unfinished: [{ slsCode: '64.71.01.1001.0001', villageCode: '64.71.01.1001', familiesLeft: 30 }],
      candidates: [ppl(11, 28, { active: false })],
      workingDatesLeft: dates.slice(0, 2),
      maxDailyFamilies: 14,
      recruitLeadDays: 2,
    });
    expect(spread).toEqual({ moves: [], unplacedFamilies: 30, recruit: { code: 'no_time', districtCode: '64.71.01', families: 30 } });
  });
});

describe('proposeDropoutSpread, for any load', () => {
  it('places or reports every family, and pushes no receiver past the maximum', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.record({ left: fc.integer({ min: 0, max: 200 }), sameVillage: fc.boolean(), active: fc.boolean() }), { maxLength: 6 }),
        fc.integer({ min: 0, max: 12 }),
        (slsFamilies, receivers, daysLeft) => {
          const candidates = receivers.map((r, i) => ppl(20 + i, r.left, { active: r.active, villageCodes: [r.sameVillage ? '64.71.01.1001' : '64.71.01.1005'] }));
          const spread = proposeDropoutSpread({
            from,
            unfinished: slsFamilies.map((f, i) => ({ slsCode: `64.71.01.1001.${String(i + 1).padStart(4, '0')}`, villageCode: '64.71.01.1001', familiesLeft: f })),
            candidates,
            workingDatesLeft: dates.slice(0, Math.min(daysLeft, dates.length)),
            maxDailyFamilies: 14,
            recruitLeadDays: 2,
          });
          const moved = spread.moves.reduce((s, m) => s + m.families, 0);
          expect(moved + spread.unplacedFamilies).toBe(slsFamilies.reduce((s, f) => s + f, 0));
          const days = Math.min(daysLeft, dates.length);
          for (const c of candidates) {
            const received = spread.moves.filter((m) => m.toSlotId === c.slotId).reduce((s, m) => s + m.families, 0);
            if (received === 0) continue;
            expect(c.active).toBe(true);
            expect(c.remainingFamilies + received).toBeLessThanOrEqual(Math.max(c.remainingFamilies, 14 * days));
          }
          expect(spread.recruit === null).toBe(spread.unplacedFamilies === 0);
        },
      ),
    );
  });
});
