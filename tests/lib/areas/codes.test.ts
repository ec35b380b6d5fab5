import { describe, expect, it } from 'vitest';
import { ancestorCode, InvalidAreaCodeError, isAreaCode, isWithin, levelOfCode, parentCode } from '@/lib/areas/codes';

describe('area codes', () => {
  it.each([
    ['64', 'provinsi', null],
    ['64.71', 'kabupaten', '64'],
    ['64.71.01', 'kecamatan', '64.71'],
    ['64.71.01.1001', 'desa', '64.71.01'],
    ['64.71.01.1001.0007', 'sls', '64.71.01.1001'],
  ])('%s is a %s under %s', (code, level, parent) => {
    expect(levelOfCode(code)).toBe(level);
    expect(parentCode(code)).toBe(parent);
  });

  it.each(['', '6', '64.7', '64.71.1', '64.71.01.101', 'ID', '64.71.01.1001.0007.1', '64/71'])('rejects %j', (code) => {
    expect(isAreaCode(code)).toBe(false);
    expect(() => levelOfCode(code)).toThrow(InvalidAreaCodeError);
  });

  it('finds ancestors at each level', () => {
    expect(ancestorCode('65.02.04.2003.0001', 'provinsi')).toBe('65');
    expect(ancestorCode('65.02.04.2003.0001', 'kecamatan')).toBe('65.02.04');
    expect(ancestorCode('65.02', 'kabupaten')).toBe('65.02');
  });

  it('scopes by prefix on whole segments, and the country contains everything', () => {
    expect(isWithin('64.71.01.1001', '64.71')).toBe(true);
    expect(isWithin('64.71', '64.71')).toBe(true);
    expect(isWithin('64.710', '64.71')).toBe(false); // not a real code, but must not pass as inside 64.71
    expect(isWithin('64.72.01', '64.71')).toBe(false);
    expect(isWithin('91.71', 'ID')).toBe(true);
  });
});
