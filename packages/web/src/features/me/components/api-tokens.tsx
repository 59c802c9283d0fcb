import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ApiToken, CreatedApiToken } from '@collegium/shared/contracts/auth';
import { limits } from '@collegium/shared/limits';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { CopyButton } from '../../../components/ui/copy-button';
import { QueryState } from '../../../components/ui/query-state';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { TableWrap } from '../../../components/ui/table-wrap';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useErrorText, useFieldErrors } from '../../../lib/error-text';
import { useFormat } from '../../../lib/format';
import { useCreateToken } from '../api/create-token';
import { useTokens } from '../api/get-tokens';
import { useRevokeToken } from '../api/revoke-token';

const expiryChoices = [30, 90, 365] as const;

function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedApiToken) => void }) {
  const { t } = useTranslation();
  const create = useCreateToken();
  const [expiry, setExpiry] = useState<string>('90');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get('name') ?? '').trim();
    create.mutate(
      { name, ...(expiry === 'never' ? {} : { expiresInDays: Number(expiry) }) },
      {
        onSuccess: (token) => {
          form.reset();
          onCreated(token);
        },
      },
    );
  };
  const errors = useFieldErrors(create.error);
  return (
    <Form className="form form--inline" onSubmit={onSubmit} validationBehavior="aria">
      <SaveErrorAlert error={create.error} fieldErrors={errors} />
      <TextField name="name" error={errors.name} label={t('tokens.name')} description={t('tokens.nameHint')} maxLength={limits.tokenNameMaxLength} isRequired />
      <SelectField
        name="expiresInDays"
        label={t('tokens.expiry')}
        value={expiry}
        error={errors.expiresInDays}
        onChange={setExpiry}
        options={[
          ...expiryChoices.map((days) => ({ value: String(days), label: t('tokens.expiryDays', { count: days }) })),
          { value: 'never', label: t('tokens.expiryNever') },
        ]}
      />
      <div>
        <Button type="submit" isPending={create.isPending}>
          {t('tokens.create')}
        </Button>
      </div>
    </Form>
  );
}

function TokenTable({ tokens, onRevoke }: { tokens: ApiToken[]; onRevoke: (token: ApiToken) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableWrap label={t('tokens.count', { count: tokens.length })}>
      <table className="table">
        <caption className="visually-hidden">{t('tokens.count', { count: tokens.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tokens.colName')}</th>
            <th scope="col">{t('tokens.colPrefix')}</th>
            <th scope="col">{t('tokens.colCreated')}</th>
            <th scope="col">{t('tokens.colLastUsed')}</th>
            <th scope="col">{t('tokens.colExpires')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id}>
              <th scope="row">{token.name}</th>
              <td>
                <code>{token.prefix}…</code>
              </td>
              <td>{format.date(token.createdAt)}</td>
              <td>{format.dateTime(token.lastUsedAt)}</td>
              <td>{format.date(token.expiresAt)}</td>
              <td>
                <Button variant="quiet" aria-label={t('tokens.revokeLabel', { name: token.name })} onPress={() => onRevoke(token)}>
                  {t('tokens.revoke')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

export function ApiTokens() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [toRevoke, setToRevoke] = useState<ApiToken | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  return (
    <div className="stack">
      <p>{t('tokens.intro')}</p>
      <StatusMessage message={message} />
      {created && (
        <div className="alert alert--success stack" role="status">
          <p>{t('tokens.created')}</p>
          <div className="token-once">
            <label className="field__label" htmlFor="new-token">
              {t('tokens.newToken')}
            </label>
            <input id="new-token" className="field__input token-once__value" readOnly value={created.token} onFocus={(e) => e.currentTarget.select()} />
            <CopyButton text={created.token} label={t('tokens.copyToken')} />
          </div>
        </div>
      )}
      <CreateTokenForm
        onCreated={(token) => {
          setMessage(null);
          setCreated(token);
        }}
      />
      <QueryState isPending={tokens.isPending} error={tokens.error} onRetry={() => void tokens.refetch()} />
      {tokens.data &&
        (tokens.data.length === 0 ? (
          <p className="muted">{t('tokens.none')}</p>
        ) : (
          <TokenTable
            tokens={tokens.data}
            onRevoke={(token) => {
              revoke.reset();
              setToRevoke(token);
            }}
          />
        ))}
      <ConfirmDialog
        title={t('tokens.revokeTitle')}
        text={t('tokens.revokeText', { name: toRevoke?.name ?? '' })}
        confirmLabel={t('tokens.revoke')}
        isOpen={toRevoke !== null}
        onOpenChange={(open) => !open && setToRevoke(null)}
        isPending={revoke.isPending}
        error={revoke.error ? errorText(revoke.error) : null}
        onConfirm={() => {
          if (!toRevoke) return;
          revoke.mutate(toRevoke.id, {
            onSuccess: () => {
              setMessage(t('tokens.revoked', { name: toRevoke.name }));
              setCreated(null);
              setToRevoke(null);
            },
          });
        }}
      />
    </div>
  );
}
