import type { Monitoring, PplMonitoring } from '@/db/use-cases/get-monitoring';
import type { ApplyDropoutResult } from '@/db/use-cases/apply-dropout';
import type { DropoutProposal } from '@/db/use-cases/propose-dropout';
import type { MoveResult } from '@/db/use-cases/move-work';
import type { SuggestionsResult } from '@/db/use-cases/suggest-receivers';
import type { ShareRow } from '@/db/queries/sls-shares';

export type { Monitoring, PplMonitoring, DropoutProposal, ShareRow };
export type Suggestions = Omit<Extract<SuggestionsResult, { ok: true }>, 'ok'>;
export type MoveAnswer = Extract<MoveResult, { ok: true }>;
export type DropoutApplied = Extract<ApplyDropoutResult, { ok: true }>;

/** A refusal of the API: its status and body (`error` in the page's language, the refusal's `code` and numbers, `rows` on a 409). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: { error?: string; code?: string; rows?: ShareRow[]; newFamiliesPerDay?: number; maxDailyFamilies?: number; move?: number } & Record<string, unknown>,
  ) {
    super(typeof body.error === 'string' ? body.error : `HTTP ${status}`);
  }
}

async function call<T>(url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json().catch(() => ({}))) as ApiError['body'];
  if (!response.ok) throw new ApiError(response.status, json);
  return json as T;
}

export const monitoringKey = (planId: number, districtCode: string) => ['monitoring', planId, districtCode] as const;

export const fetchMonitoring = (planId: number, districtCode: string) => call<Monitoring>(`/api/plans/${planId}/monitoring?kecamatan=${encodeURIComponent(districtCode)}`);

export function fetchSuggestions(planId: number, { slsCode, fromSlotId, families }: { slsCode: string; fromSlotId: number; families?: number }) {
  const query = new URLSearchParams({ sls: slsCode, from: String(fromSlotId), ...(families === undefined ? {} : { families: String(families) }) });
  return call<Suggestions>(`/api/plans/${planId}/moves/suggestions?${query}`);
}

export interface MoveRequest {
  slsCode: string;
  fromSlotId: number;
  toSlotId: number;
  version: number;
  families?: number;
  override?: boolean;
  note?: string;
}

export const postMove = (planId: number, move: MoveRequest) => call<MoveAnswer>(`/api/plans/${planId}/moves`, move);

export interface DropoutRequest {
  slotId: number;
  from: string;
  reason: 'resigned' | 'sick' | 'other';
  note?: string;
}

export const proposeDropout = (planId: number, dropout: DropoutRequest) => call<{ proposal: DropoutProposal }>(`/api/plans/${planId}/dropouts`, dropout);

export interface ApplyDropoutRequest extends DropoutRequest {
  moves: { slsCode: string; toSlotId: number; families: number }[];
  versions: Record<string, number>;
  override: boolean;
}

export const applyDropout = (planId: number, dropout: ApplyDropoutRequest) => call<DropoutApplied>(`/api/plans/${planId}/dropouts/apply`, dropout);
