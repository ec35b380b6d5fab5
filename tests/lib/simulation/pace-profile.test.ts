import { describe, expect, it } from 'vitest';
import { districtPaceFactor, paceProfile } from '@/lib/simulation/pace-profile';

const keys = Array.from({ length: 4000 }, (_, i) => `PPL 64.71.${String(1 + (i % 12)).padStart(2, '0')}-${String(i).padStart(4, '0')}`);

describe('paceProfile', () => {
  it('is the same for the same seed and PPL, and another for another seed', () => {
    const one = paceProfile({ seed: 20221015, key: 'PPL 64.71.01-001', districtCode: '64.71.01' });
    expect(paceProfile({ seed: 20221015, key: 'PPL 64.71.01-001', districtCode: '64.71.01' })).toEqual(one);
    expect(paceProfile({ seed: 1, key: 'PPL 64.71.01-001', districtCode: '64.71.01' })).not.toEqual(one);
  });

  it('lags about one PPL in a hundred, far under the 10-a-day minimum, and keeps the rest near plan', () => {
    const profiles = keys.map((key) => paceProfile({ seed: 20221015, key, districtCode: key.slice(4, 12) }));
    const lagging = profiles.filter((p) => p.lagging);
    expect(lagging.length / profiles.length).toBeGreaterThan(0.005);
    expect(lagging.length / profiles.length).toBeLessThan(0.025);
    // 10 families a day planned: a lagging PPL manages 3.5-5.5
    for (const p of lagging) expect(p.factor * 10).toBeLessThan(5.6);
    const others = profiles.filter((p) => !p.lagging).map((p) => p.factor);
    const mean = others.reduce((s, f) => s + f, 0) / others.length;
    expect(mean).toBeGreaterThan(0.9);
    expect(mean).toBeLessThan(1.05);
    expect(Math.min(...others)).toBeGreaterThanOrEqual(0.75 * 0.72);
    expect(Math.max(...others)).toBeLessThanOrEqual(1.3 * 1.08);
  });
});

describe('districtPaceFactor', () => {
  it('slows about one kecamatan in eight to 0.72-0.88 and keeps the rest at 0.95-1.08', () => {
    const factors = Array.from({ length: 2000 }, (_, i) => districtPaceFactor({ seed: 20221015, districtCode: `11.${String(1 + Math.floor(i / 99)).padStart(2, '0')}.${String(1 + (i % 99)).padStart(2, '0')}` }));
    const slow = factors.filter((f) => f < 0.9);
    expect(slow.length / factors.length).toBeGreaterThan(0.08);
    expect(slow.length / factors.length).toBeLessThan(0.16);
    for (const f of factors) expect(f >= 0.72 && f <= 1.08 && (f <= 0.88 || f >= 0.95)).toBe(true);
  });
});
