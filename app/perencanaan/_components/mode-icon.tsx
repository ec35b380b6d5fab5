/** A small boat or plane drawn inline (no emoji), with the access mode's name for screen readers. */
export function ModeIcon({ mode, label }: { mode: 'boat' | 'plane'; label: string }) {
  return (
    <svg className="mode-icon" viewBox="0 0 16 16" width="14" height="14" role="img" aria-label={label}>
      {mode === 'plane' ? (
        <path d="M7 1.5h2l.5 5 5 2.5v1.5l-5-1-.5 3.5 1.5 1V15L8 14.3 5.5 15v-1l1.5-1-.5-3.5-5 1V9l5-2.5z" fill="currentColor" />
      ) : (
        <path d="M2 10h12l-2 3.5H4zM7.5 2v7H3.5zM8.5 4l3.5 5h-3.5z" fill="currentColor" />
      )}
    </svg>
  );
}
