import { useTranslation } from 'react-i18next';
import { Alert } from './alert';
import { Button } from './button';
import { Dialog } from './dialog';

export interface ConfirmDialogProps {
  title: string;
  text: string;
  confirmLabel: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  onConfirm: () => void;
  isPending?: boolean;
  error?: string | null;
}

export function ConfirmDialog({ title, text, confirmLabel, isOpen, onOpenChange, onConfirm, isPending, error }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={title} isOpen={isOpen} onOpenChange={onOpenChange} role="alertdialog">
      <p>{text}</p>
      {error && <Alert tone="error">{error}</Alert>}
      <div className="actions">
        <Button variant="danger" onPress={onConfirm} isPending={isPending ?? false}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onPress={() => onOpenChange(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
