import type { Db } from '@/db/client';
import { planArea } from '@/db/use-cases/plan-area';
import { describeRefusal } from '@/i18n/describe';
import type { PlanStrategy } from '@/lib/planning/types';
import { paramsFromSettings, reportPlan, type PlanCommandOutput } from './plan-report';

export interface PlanFromDatabaseInput {
  db: Db;
  /** a province, regency or kecamatan code, or 'ID' for every workload of the operation */
  areaCode: string;
  json: boolean;
  strategy?: PlanStrategy;
  /** `name=value` overrides of the operation's own parameters */
  settings?: readonly string[];
}

const refuse = (...lines: string[]): PlanCommandOutput => ({ exitCode: 2, stdout: '', stderr: `${lines.join('\n')}\n` });

/**
 * `npm run plan -- --area <code>`: plans an area's workload of the active operation with the operation's rules
 * (then the `--set` overrides) through the same use case as `POST /api/plans`, without saving. A cause the user
 * can fix is exit 2.
 */
export async function planFromDatabase({ db, areaCode, json, strategy = 'standard', settings = [] }: PlanFromDatabaseInput): Promise<PlanCommandOutput> {
  const planned = await planArea(db, {
    areaCode,
    strategy,
    allowCountry: true,
    params: (base) => {
      const result = paramsFromSettings({ base, settings });
      return result.ok ? result : { ok: false, issues: result.errors.map((message) => ({ path: '', message })) };
    },
  });
  if (planned.ok) return reportPlan({ plan: planned.plan, params: planned.params, json, areaLabel: planned.areaLabel });
  if (planned.refusal.code === 'no_operation') return refuse('Basis data masih kosong (belum ada operasi): jalankan npm run seed atau npm start dulu.');
  return refuse(describeRefusal(planned.refusal, 'id'));
}
