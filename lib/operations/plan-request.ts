import { z } from 'zod';
import { countryCode, isAreaCode } from '../areas/codes';
import { singleLineText } from '../text/single-line-text';
import { operationParamsSchema, type OperationParams } from './params';

type ParamFields = typeof operationParamsSchema.shape;
type OverrideFields = { [K in keyof ParamFields]: z.ZodOptional<ReturnType<ParamFields[K]['unwrap']>> };

// The same fields without their defaults: a missing override must keep the operation's value, not the default.
const overrideFields = Object.fromEntries(
  Object.entries(operationParamsSchema.shape).map(([key, field]) => [key, field.unwrap().optional()]),
) as OverrideFields;

/** Overrides of an operation's parameters for one scenario: any subset; unknown names are refused. */
export const paramOverridesInput = z.strictObject(overrideFields);

/** A request to plan an area and save the result as a named scenario; unknown keys are refused. */
export const planRequestInput = z.strictObject({
  areaCode: z
    .string()
    .trim()
    .refine((c) => c === countryCode || isAreaCode(c), 'plan_area_code_invalid'),
  name: singleLineText({ label: 'scenario_name', max: 80 }),
  strategy: z.enum(['standard', 'lean']).default('standard'),
  params: paramOverridesInput.default({}),
});

export type PlanRequest = z.infer<typeof planRequestInput>;

/** The operation's parameters with a scenario's overrides applied, validated as a whole (e.g. min ≤ max). */
export function applyOverrides(base: OperationParams, overrides: PlanRequest['params']): z.ZodSafeParseResult<OperationParams> {
  return operationParamsSchema.safeParse({ ...base, ...overrides });
}

/**
 * A plan id from a URL: digits only, as the serial is written. Coercing let `1e0`, `0x1`, `+1` or ` 1` through as
 * plan 1 (DELETE /api/plans/1e0 deleted it); at most PostgreSQL's integer.
 */
export const planIdInput = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, 'plan_id_invalid')
  .transform(Number)
  .pipe(z.number().max(2_147_483_647, 'plan_id_invalid'));
