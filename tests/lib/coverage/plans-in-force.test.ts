import { describe, expect, it } from 'vitest';
import { plansInForce } from '@/lib/coverage/plans-in-force';

const adopted = [
  { planId: 1, areaCode: '64.71' },
  { planId: 2, areaCode: '64.71.02' },
  { planId: 3, areaCode: '65.02' },
];
/** "plan:except,except" per plan in force */
const shown = (areaCode: string, list = adopted) => plansInForce({ areaCode, adopted: list }).map((p) => `${p.planId}:${p.exceptAreas.join(',')}`);

describe('plansInForce', () => {
  it.each([
    // area            plans in force (and the deeper areas each leaves to another)
    ['ID', ['1:64.71.02', '2:', '3:']],
    ['64', ['1:64.71.02', '2:']],
    ['64.71', ['1:64.71.02', '2:']],
    ['64.71.01', ['1:']], // the kabupaten's plan; 64.71.02's own plan does not touch this kecamatan
    ['64.71.02.1001', ['1:64.71.02', '2:']], // inside both: the kecamatan's wins, the kabupaten's is excepted there
    ['65.01', []],
  ])('%s: %j', (areaCode, plans) => {
    expect(shown(areaCode)).toEqual(plans);
  });

  it('takes a national plan as holding everything', () => {
    expect(shown('64.71.01', [{ planId: 9, areaCode: 'ID' }, ...adopted])).toEqual(['9:64.71', '1:']);
    expect(shown('ID', [{ planId: 9, areaCode: 'ID' }, ...adopted])).toEqual(['9:64.71,64.71.02,65.02', '1:64.71.02', '2:', '3:']);
  });
});
