import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { useErrorText } from '../../../lib/error-text';
import { useAttendance } from '../../attendance/api/attendance';
import { useProxies, useProxyChange } from '../api/proxies';

/**
 * Proxies, where the body's rules allow them: the chair sees every delegation of the session and can revoke
 * one; a member entrusts their own vote to another voting member, or takes it back.
 */
export function ProxiesPanel({ sessionId, manage }: { sessionId: string; manage: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const proxies = useProxies(sessionId);
  const change = useProxyChange(sessionId);
  const roster = useAttendance(sessionId);
  const [to, setTo] = useState('');
  if (!proxies.data?.allowed) return null;
  const myPersonId = proxies.data.myPersonId;
  const inForce = proxies.data.items.filter((item) => !item.revokedAt);
  const mine = inForce.find((item) => item.from.personId === myPersonId);
  const candidates = (roster.data?.members ?? []).filter((member) => member.votingRight && member.personId && member.personId !== myPersonId);
  const isVoter = (roster.data?.members ?? []).some((member) => member.personId === myPersonId && member.votingRight);
  if (!manage && !isVoter && inForce.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="proxies-heading">
      <h2 id="proxies-heading">{t('voting.proxies.heading')}</h2>
      {change.error && <Alert tone="error">{errorText(change.error)}</Alert>}
      {inForce.length === 0 ? (
        <p className="muted">{t('voting.proxies.none')}</p>
      ) : (
        <ul className="plain-list">
          {inForce.map((item) => (
            <li key={item.id} className="actions">
              <span>{t('voting.proxies.entry', { from: item.from.name, to: item.to.name })}</span>
              {(manage || item.from.personId === myPersonId || item.to.personId === myPersonId) && (
                <Button variant="quiet" isPending={change.isPending} onPress={() => change.mutate({ revoke: item.id })}>
                  {t('voting.proxies.revoke')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {isVoter && !mine && (
        <form
          className="form actions"
          onSubmit={(event) => {
            event.preventDefault();
            if (to) change.mutate({ give: { toPersonId: to } }, { onSuccess: () => setTo('') });
          }}
        >
          <SelectField
            label={t('voting.proxies.giveTo')}
            value={to}
            options={[{ value: '', label: t('voting.proxies.choose') }, ...candidates.map((member) => ({ value: member.personId!, label: member.name }))]}
            onChange={setTo}
          />
          <Button type="submit" isPending={change.isPending}>
            {t('voting.proxies.give')}
          </Button>
        </form>
      )}
    </section>
  );
}
