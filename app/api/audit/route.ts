import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { isSlotVisible, listAuditEntries, type AuditRow, type AuditSubject } from '@/db/queries/audit';
import { toCsv } from '@/lib/csv/parse-csv';
import { auditQuery } from '@/lib/reassignment/inputs';
import { guardRoute } from '../../_lib/auth';
import { errorResponse, validationError } from '../../_lib/http';

/** Entries a JSON answer holds at most (the CSV holds all). */
const jsonLimit = 1000;

/**
 * GET /api/audit?ppl=<slotId>|sls=<code>|kecamatan=<code>[&format=csv]: moves, overrides, dropouts and adoptions
 * about one PPL slot, SLS or kecamatan, newest first, as far as the viewer may see them (a PML: those touching their
 * team). JSON `{ entries, truncated }` or a CSV file (formula-safe cells).
 */
export async function GET(request: NextRequest) {
  const gate = await guardRoute(request, 'GET /api/audit');
  if (!gate.ok) return gate.response;
  const search = request.nextUrl.searchParams;
  const query = auditQuery.safeParse({ ppl: search.get('ppl') ?? undefined, sls: search.get('sls') ?? undefined, kecamatan: search.get('kecamatan') ?? undefined, format: search.get('format') ?? undefined });
  if (!query.success) return validationError(request, query.error);
  const { ppl, sls, kecamatan, format } = query.data;
  const subject: AuditSubject = ppl !== undefined ? { ppl } : sls !== undefined ? { sls } : { kecamatan: kecamatan! };
  if (ppl !== undefined && !(await isSlotVisible(gate.db, gate.scope, ppl))) return errorResponse(request, 404, 'pplNotInPlan');
  if (format === 'csv') {
    const entries = await listAuditEntries(gate.db, gate.scope, subject);
    return new Response(auditCsv(entries), { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="log-${fileSuffix(subject)}.csv"` } });
  }
  const entries = await listAuditEntries(gate.db, gate.scope, subject, { limit: jsonLimit + 1 });
  return NextResponse.json({ entries: entries.slice(0, jsonLimit), truncated: entries.length > jsonLimit });
}

function fileSuffix(subject: AuditSubject): string {
  return 'ppl' in subject ? `ppl-${subject.ppl}` : 'sls' in subject ? `sls-${subject.sls}` : `kecamatan-${subject.kecamatan}`;
}

/** The note a coordinator may leave with a move, kept in the entry's `after`; any other shape has none. */
const auditNote = z.object({ note: z.string() });

function auditCsv(entries: readonly AuditRow[]): string {
  const header = ['waktu', 'pengguna', 'tindakan', 'kecamatan', 'rencana', 'sls', 'petugas', 'catatan', 'sebelum', 'sesudah'];
  const rows = entries.map((e) => {
    const note = auditNote.safeParse(e.after);
    return [e.at, e.userName ?? e.userId ?? '', e.action, e.areaCode, e.planId, e.slsCode, e.slotLabels.join(' | '), note.success ? note.data.note : '', JSON.stringify(e.before), JSON.stringify(e.after)];
  });
  return toCsv(header, rows);
}
