import { isValid, parseISO } from 'date-fns';
import { z } from 'zod';
import { isAreaCode, levelOfCode } from '../areas/codes';
import { singleLineText } from '../text/single-line-text';
import { dropoutReasons } from './types';

/** Most moves one dropout may list (a PPL holds a few dozen SLS at most; each may be split). */
export const maxDropoutMoves = 500;

const slsCode = z
  .string()
  .trim()
  .refine((c) => isAreaCode(c) && levelOfCode(c) === 'sls', 'sls_code_format');
const kecamatanCode = z
  .string()
  .trim()
  .refine((c) => isAreaCode(c) && levelOfCode(c) === 'kecamatan', 'kecamatan_code_format');
const rowId = (label: string) => z.coerce.number({ message: `${label} harus angka` }).int(`${label} harus bilangan bulat`).positive(`${label} harus positif`).max(2_147_483_647, `${label} terlalu besar`);
const slotId = rowId('Nomor petugas');
const families = z.number({ message: 'Jumlah keluarga harus angka' }).int('Jumlah keluarga harus bilangan bulat').min(1, 'Jumlah keluarga minimal 1').max(100_000, 'Jumlah keluarga terlalu besar');
const version = z.number({ message: 'Versi harus angka' }).int('Versi harus bilangan bulat').min(1, 'Versi minimal 1').max(2_147_483_647, 'Versi terlalu besar');
const note = singleLineText({ label: 'note', max: 500 });
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Tanggal harus berbentuk YYYY-MM-DD', abort: true })
  .refine((d) => isValid(parseISO(d)), { error: (issue) => `Tanggal ${String(issue.input)} tidak ada di kalender` });

/** POST /api/plans/:id/moves: some (default all remaining) families of an SLS from one PPL to another. */
export const moveInput = z.strictObject({
  slsCode,
  fromSlotId: slotId,
  toSlotId: slotId,
  /** the version of the giver's share the client saw */
  version,
  families: families.optional(),
  override: z.boolean({ message: 'override harus true atau false' }).default(false),
  note: note.optional(),
});
export type MoveInput = z.infer<typeof moveInput>;

/** GET /api/plans/:id/assignments?sls= */
export const assignmentsQuery = z.object({ sls: slsCode });

/** GET /api/plans/:id/moves/suggestions?sls=&from=[&families=] */
export const suggestionsQuery = z.object({ sls: slsCode, from: slotId, families: z.coerce.number({ message: 'Jumlah keluarga harus angka' }).pipe(families).optional() });

const dropoutFields = {
  slotId,
  /** the first day the PPL no longer works */
  from: calendarDate,
  reason: z.enum(dropoutReasons, { message: `Alasan harus salah satu dari ${dropoutReasons.join(', ')}` }),
  note: note.optional(),
};

/** POST /api/plans/:id/dropouts: a proposal, nothing written. */
export const dropoutInput = z.strictObject(dropoutFields);

/** POST /api/plans/:id/dropouts/apply: the (edited) proposal, all or nothing. */
export const applyDropoutInput = z.strictObject({
  ...dropoutFields,
  moves: z.array(z.strictObject({ slsCode, toSlotId: slotId, families }), { message: 'moves harus daftar pemindahan' }).max(maxDropoutMoves, `Paling banyak ${maxDropoutMoves} pemindahan`),
  /** the version of the dropout's share of each SLS moved */
  versions: z.record(slsCode, version, { message: 'versions harus objek { kodeSls: versi }' }),
  override: z.boolean({ message: 'override harus true atau false' }).default(false),
});
export type ApplyDropoutInput = z.infer<typeof applyDropoutInput>;

/** GET /api/plans/:id/monitoring[?kecamatan=] */
export const monitoringQuery = z.object({ kecamatan: kecamatanCode.optional() });

/** GET /api/audit: exactly one of ppl (a slot id), sls, kecamatan; CSV on request. */
export const auditQuery = z
  .object({ ppl: slotId.optional(), sls: slsCode.optional(), kecamatan: kecamatanCode.optional(), format: z.enum(['json', 'csv'], { message: 'format harus json atau csv' }).default('json') })
  .refine((q) => [q.ppl, q.sls, q.kecamatan].filter((v) => v !== undefined).length === 1, { message: 'audit_subject_one', path: ['ppl'] });
export type AuditQuery = z.infer<typeof auditQuery>;
