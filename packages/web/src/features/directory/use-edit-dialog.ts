import { useState } from 'react';

/**
 * A record page's edit dialog and the status message it leaves. Loading a newer version (after a 412)
 * bumps `formKey`, so the dialog, keyed by it, starts again from the version just read.
 */
export function useEditDialog({ refetch, savedText }: { refetch: () => Promise<unknown>; savedText: string }) {
  const [isOpen, setOpen] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  return {
    isOpen,
    formKey,
    message,
    setMessage,
    open: () => {
      setMessage(null);
      setOpen(true);
    },
    /** the edit dialog's onClose, onSaved and onReload */
    dialogProps: {
      onClose: () => setOpen(false),
      onSaved: () => {
        setOpen(false);
        setMessage(savedText);
      },
      onReload: () => void refetch().then(() => setFormKey((version) => version + 1)),
    },
  };
}
