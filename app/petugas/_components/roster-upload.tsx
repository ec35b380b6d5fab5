'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import type { ChangeEvent } from 'react';

interface UploadError {
  error: string;
  details?: { line: number; field: string; message: string }[];
}

async function uploadRoster(file: File): Promise<{ created: number }> {
  const response = await fetch('/api/staff', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: await file.text() });
  const json = (await response.json()) as { created?: number } & UploadError;
  if (!response.ok) throw Object.assign(new Error(json.error), { details: json.details });
  return { created: json.created ?? 0 };
}

/** Roster CSV upload: all rows or none, every bad row listed with its line and column. */
export function RosterUpload({ labels }: { labels: { upload: string; format: string; imported: string } }) {
  const router = useRouter();
  const mutation = useMutation({ mutationFn: uploadRoster, onSuccess: () => router.refresh() });
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) mutation.mutate(file);
    event.target.value = '';
  };
  const error = mutation.error as (Error & { details?: UploadError['details'] }) | null;
  return (
    <div className="card">
      <label>
        <strong>{labels.upload}</strong> <input type="file" accept=".csv,text/csv" onChange={onChange} data-testid="roster-file" />
      </label>
      <p className="muted">{labels.format}</p>
      {mutation.isSuccess && <p data-testid="roster-ok">{mutation.data.created} {labels.imported}</p>}
      {error && (
        <div className="note" role="alert" data-testid="roster-error">
          {error.message}
          {error.details && (
            <ul>{error.details.slice(0, 50).map((d) => <li key={`${d.line}-${d.field}`}>baris {d.line}, kolom {d.field}: {d.message}</li>)}</ul>
          )}
        </div>
      )}
    </div>
  );
}
