import type { ReactNode } from 'react';

/** Errors interrupt (role=alert); confirmations wait their turn (role=status). */
export function Alert({ tone, children }: { tone: 'error' | 'success' | 'info'; children: ReactNode }) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/** A polite live region that is always in the page, so what is put into it later gets announced. */
export function StatusMessage({ message }: { message: string | null }) {
  return (
    <div role="status" className={message ? 'alert alert--success' : 'visually-hidden'}>
      {message}
    </div>
  );
}
