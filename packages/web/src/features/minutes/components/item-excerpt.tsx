import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesItem } from '@collegium/shared/contracts/minutes';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useErrorText } from '../../../lib/error-text';
import { useOrganizations } from '../../directory/api/get-organizations';
import { exportLinks, useExportLanguage, useSendExcerpt } from '../api/exports';

function SendExcerptDialog({ minutesId, item, onClose, onSent }: { minutesId: string; item: MinutesItem; onClose: () => void; onSent: (to: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const organizations = useOrganizations({ q: '', limit: 100, offset: 0 });
  const send = useSendExcerpt(minutesId);
  const lang = useExportLanguage();
  const [organizationId, setOrganizationId] = useState('');
  const [email, setEmail] = useState('');
  const options = [
    { value: '', label: t('minutes.excerpt.noOrganization') },
    ...(organizations.data?.items ?? []).map((organization) => ({ value: organization.id, label: organization.name })),
  ];
  const submit = () => {
    const recipient = { ...(organizationId ? { organizationId } : {}), ...(email.trim() ? { email: email.trim() } : {}), ...(lang ? { lang } : {}) };
    send.mutate({ agendaItemId: item.agendaItemId, recipient }, { onSuccess: (sent) => onSent(sent.to) });
  };
  return (
    <Dialog title={t('minutes.excerpt.sendTitle', { number: item.number, title: item.title })} isOpen onOpenChange={(open) => !open && onClose()}>
      <div className="stack">
        <p>{t('minutes.excerpt.sendIntro')}</p>
        <SelectField label={t('minutes.excerpt.organization')} value={organizationId} options={options} onChange={setOrganizationId} />
        <TextField label={t('minutes.excerpt.email')} description={t('minutes.excerpt.emailHint')} type="email" value={email} onChange={setEmail} />
        {send.error && <Alert tone="error">{errorText(send.error)}</Alert>}
        <div className="actions">
          <Button onPress={submit} isPending={send.isPending}>
            {t('minutes.excerpt.send')}
          </Button>
          <Button variant="secondary" onPress={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

/** For an item of approved minutes: its excerpt as PDF, and sending it to the organisation that carries it out. */
export function ItemExcerpt({ minutesId, item }: { minutesId: string; item: MinutesItem }) {
  const { t } = useTranslation();
  const lang = useExportLanguage();
  const [sending, setSending] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  return (
    <div className="actions minutes-excerpt">
      <a className="button button--secondary" href={exportLinks.excerpt(minutesId, item.agendaItemId, lang)} download>
        {t('minutes.excerpt.download', { number: item.number })}
      </a>
      <Button variant="secondary" onPress={() => setSending(true)}>
        {t('minutes.excerpt.sendButton', { number: item.number })}
      </Button>
      <span role="status">{sentTo ? t('minutes.excerpt.sent', { to: sentTo }) : ''}</span>
      {sending && (
        <SendExcerptDialog
          minutesId={minutesId}
          item={item}
          onClose={() => setSending(false)}
          onSent={(to) => {
            setSending(false);
            setSentTo(to);
          }}
        />
      )}
    </div>
  );
}
