import { describe, expect, it } from 'vitest';
import { issueProblem } from '@/lib/i18n/problem';
import { defaultOperationParams, operationParamsSchema } from '@/lib/operations/params';
import { paramOverridesInput } from '@/lib/operations/plan-request';

describe('terrain rules as plan parameters', () => {
  it('default to the estimate on and no classes', () => {
    expect(defaultOperationParams).toMatchObject({ terrainEstimate: true, terrainClasses: {} });
  });

  it('take kecamatan and village classes as a scenario override', () => {
    const parsed = paramOverridesInput.parse({ terrainEstimate: false, terrainClasses: { '81.03.01': 'remote', '81.03.01.2001': 'flat' } });
    expect(parsed).toEqual({ terrainEstimate: false, terrainClasses: { '81.03.01': 'remote', '81.03.01.2001': 'flat' } });
  });

  it.each([
    { what: 'a regency code', classes: { '81.03': 'hilly' }, code: 'terrain_area_code', path: ['terrainClasses', '81.03'] },
    { what: 'an SLS code', classes: { '81.03.01.2001.0001': 'hilly' }, code: 'terrain_area_code', path: ['terrainClasses', '81.03.01.2001.0001'] },
    { what: 'a class that is not one', classes: { '81.03.01': 'swamp' }, code: 'terrain_class_invalid', path: ['terrainClasses', '81.03.01'] },
    { what: 'a class that is not text', classes: { '81.03.01': 3 }, code: 'terrain_class_invalid', path: ['terrainClasses', '81.03.01'] },
  ])('refuse $what, naming it', ({ classes, code, path }) => {
    const result = operationParamsSchema.safeParse({ terrainClasses: classes });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(path);
    expect(issueProblem(issue).code).toBe(code);
  });

  it('refuse more than 10,000 classes', () => {
    const classes = Object.fromEntries(Array.from({ length: 10_001 }, (_, k) => [`81.03.01.${String(k).padStart(4, '0')}`, 'flat']));
    const result = operationParamsSchema.safeParse({ terrainClasses: classes });
    expect(result.success ? [] : result.error.issues.map((i) => issueProblem(i).code)).toEqual(['terrain_classes_too_many']);
  });
});
