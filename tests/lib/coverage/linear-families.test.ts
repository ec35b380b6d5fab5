import { describe, expect, it } from 'vitest';
import { linearFamilies } from '@/lib/coverage/linear-families';

const adopted = (pairs: Record<string, number>) => Object.entries(pairs).map(([areaCode, targetFamilies]) => ({ areaCode, targetFamilies }));

describe('linearFamilies', () => {
  it.each([
    // area         target  plans in force (area: target)                        linear
    ['64', 500, {}, 500],
    ['64.71.01', 150, { '64.71': 300 }, 0], // inside an adopted plan's area
    ['64.71', 300, { '64.71': 300 }, 0], // the adopted area itself
    ['64', 500, { '64.71': 300, '64.72': 40, '65.02': 80 }, 160], // 500 - 300 - 40; 65.02 lies elsewhere
    ['64', 500, { '64.71': 300, '64.71.01': 150 }, 200], // a nested adoption is inside 64.71 already
    ['ID', 900, { ID: 900 }, 0], // a national plan holds everything
    ['64', 100, { '64.71': 300 }, 0], // targets moved since the plan: never below 0
  ] as const)('%s of %s families with plans %j: %s linear', (areaCode, targetFamilies, plans, families) => {
    expect(linearFamilies({ areaCode, targetFamilies, adoptedAreas: adopted(plans) })).toBe(families);
  });
});
