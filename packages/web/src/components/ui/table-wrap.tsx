import type { ReactNode } from 'react';

/** A table that may scroll sideways on a phone; the scroll area is reachable and named for keyboard users. */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
