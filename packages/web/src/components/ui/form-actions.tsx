import { useTranslation } from 'react-i18next';
import { Button, type ButtonVariant } from './button';

interface FormActionsProps {
  submitLabel: string;
  /** while the submission runs */
  isPending: boolean;
  onCancel: () => void;
  submitVariant?: ButtonVariant;
  /** "Cancel" unless the dialog is closed rather than abandoned (e.g. "Close") */
  cancelLabel?: string;
}

/** A form's footer: its submit button, then the button that closes the dialog without saving. */
export function FormActions({ submitLabel, isPending, onCancel, submitVariant, cancelLabel }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <Button type="submit" variant={submitVariant} isPending={isPending}>
        {submitLabel}
      </Button>
      <Button variant="secondary" onPress={onCancel}>
        {cancelLabel ?? t('common.cancel')}
      </Button>
    </div>
  );
}
