import { useState } from 'react';
import { Label, TextArea, TextField as AriaTextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SessionDetail, SessionStatus, SessionTransition } from '@collegium/shared/contracts/sessions';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { useErrorText } from '../../../lib/error-text';
import { useChangeSessionStatus } from '../api/change-session-status';
import { useSessionFormat } from '../use-session-format';

type Target = SessionTransition['to'];

/** The moves worth offering from each status; the server still decides and says why when it refuses. */
const offered: Record<SessionStatus, Target[]> = {
  draft: ['convened', 'cancelled'],
  convened: ['in_progress', 'postponed', 'cancelled'],
  in_progress: ['closed'],
  postponed: ['convened', 'cancelled'],
  closed: [],
  cancelled: [],
};
const withReason = new Set<Target>(['cancelled', 'postponed']);

/** Buttons that move the session along its life cycle, each confirmed first; a refusal (409) is shown in the dialog. */
export function StatusActions({ session, onChanged }: { session: SessionDetail; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const format = useSessionFormat();
  const change = useChangeSessionStatus();
  const [target, setTarget] = useState<Target | null>(null);
  const [reason, setReason] = useState('');
  const targets = offered[session.status];
  if (targets.length === 0) return null;

  const close = () => {
    setTarget(null);
    setReason('');
    change.reset();
  };
  const confirm = () => {
    if (!target) return;
    const transition: SessionTransition = { to: target, ...(withReason.has(target) && reason.trim() ? { reason: reason.trim() } : {}) };
    change.mutate(
      { id: session.id, transition },
      {
        onSuccess: (saved) => {
          close();
          onChanged(t('sessions.statusChanged', { status: format.status(saved.status) }));
        },
      },
    );
  };

  return (
    <div className="actions">
      {targets.map((to) => (
        <Button key={to} variant={to === 'cancelled' ? 'danger' : to === 'postponed' ? 'secondary' : 'primary'} onPress={() => setTarget(to)}>
          {t(`sessions.actions.${to}`)}
        </Button>
      ))}
      {target && (
        <Dialog
          title={t('sessions.confirm.title', { action: t(`sessions.actions.${target}`), name: format.name(session) })}
          isOpen
          onOpenChange={(open) => !open && close()}
          role="alertdialog"
        >
          <p>{t(`sessions.confirm.${target}`)}</p>
          {withReason.has(target) && (
            <AriaTextField className="field" value={reason} onChange={setReason}>
              <Label className="field__label">{t('sessions.confirm.reasonLabel')}</Label>
              <TextArea className="field__input field__textarea" rows={2} maxLength={1000} />
            </AriaTextField>
          )}
          {change.error && <Alert tone="error">{errorText(change.error)}</Alert>}
          <div className="actions">
            <Button variant={target === 'cancelled' ? 'danger' : 'primary'} onPress={confirm} isPending={change.isPending}>
              {t(`sessions.actions.${target}`)}
            </Button>
            <Button variant="secondary" onPress={close}>
              {t('common.cancel')}
            </Button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
