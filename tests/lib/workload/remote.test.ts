import { describe, expect, it } from 'vitest';
import { isRemoteMode, needsTravelLegs, worksApart } from '@/lib/workload/remote';
import type { AccessMode } from '@/lib/workload/types';

describe('the one "remote" rule', () => {
  it.each<[AccessMode, boolean, number, { remote: boolean; legs: boolean; apart: boolean }]>([
    // mode, local staff, travel days one way: remote (area totals), travel legs (roster filler), apart (planner)
    ['road', true, 0, { remote: false, legs: false, apart: false }],
    ['road', false, 0, { remote: false, legs: false, apart: false }],
    ['foot', true, 2, { remote: false, legs: false, apart: false }],
    ['foot', false, 2, { remote: false, legs: false, apart: true }],
    ['boat', true, 1, { remote: true, legs: false, apart: true }],
    ['boat', false, 1, { remote: true, legs: true, apart: true }],
    ['plane', false, 0, { remote: true, legs: true, apart: true }],
    ['plane', true, 0, { remote: true, legs: false, apart: true }],
  ])('%s, local staff %s, %i travel days', (accessMode, localStaff, travelDaysOneWay, expected) => {
    expect({
      remote: isRemoteMode(accessMode),
      legs: needsTravelLegs({ accessMode, localStaff }),
      apart: worksApart({ accessMode, localStaff, travelDaysOneWay }),
    }).toEqual(expected);
  });
});
