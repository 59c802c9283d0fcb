import { ApiError } from '../../lib/api-client';
import { useErrorText } from '../../lib/error-text';
import { Alert } from './alert';
import { Button } from './button';

interface SaveErrorAlertProps {
  /** the failed submission's error, if any */
  error: unknown;
  /** the messages shown at their fields; when there are any, they say it all */
  fieldErrors: Record<string, string>;
  /** what to say when the record changed since the form opened (412); without it a 412 reads like any other error */
  conflictText?: string;
  /** a button in the conflict message that loads the current version */
  reload?: { label: string; onPress: () => void };
}

/** A form's error that belongs to no single field: a save conflict, or the server's explanation. */
export function SaveErrorAlert({ error, fieldErrors, conflictText, reload }: SaveErrorAlertProps) {
  const errorText = useErrorText();
  if (!error) return null;
  if (conflictText !== undefined && error instanceof ApiError && error.status === 412) {
    if (!reload) return <Alert tone="error">{conflictText}</Alert>;
    return (
      <Alert tone="error">
        <p>{conflictText}</p>
        <Button variant="secondary" onPress={reload.onPress}>
          {reload.label}
        </Button>
      </Alert>
    );
  }
  if (Object.keys(fieldErrors).length > 0) return null;
  return <Alert tone="error">{errorText(error)}</Alert>;
}
