import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { InstallationRole } from '@collegium/shared/domain/roles';
import { installationRoles } from '@collegium/shared/domain/roles';
import type { User } from '@collegium/shared/contracts/users';
import { limits } from '@collegium/shared/limits';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { FormActions } from '../../../components/ui/form-actions';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useFieldErrors } from '../../../lib/error-text';
import { useFormat } from '../../../lib/format';
import { useCreateUser } from '../api/create-user';
import { useUpdateUser } from '../api/update-user';

function useRoleOptions() {
  const { t } = useTranslation();
  return installationRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}

const isRole = (value: string): value is InstallationRole => (installationRoles as readonly string[]).includes(value);

export function CreateUserDialog({ isOpen, onOpenChange, onCreated }: { isOpen: boolean; onOpenChange: (open: boolean) => void; onCreated: (user: User) => void }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const roleOptions = useRoleOptions();
  const [role, setRole] = useState<InstallationRole>('user');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const password = String(data.get('password') ?? '');
    create.mutate(
      {
        email: String(data.get('email') ?? '').trim(),
        displayName: String(data.get('displayName') ?? '').trim(),
        role,
        ...(password ? { password } : {}),
      },
      { onSuccess: onCreated },
    );
  };
  const errors = useFieldErrors(create.error);
  const close = (open: boolean) => {
    if (!open) create.reset();
    onOpenChange(open);
  };
  return (
    <Dialog title={t('users.addTitle')} isOpen={isOpen} onOpenChange={close}>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <SaveErrorAlert error={create.error} fieldErrors={errors} />
        <TextField name="email" error={errors.email} type="email" label={t('users.email')} autoComplete="off" isRequired autoFocus />
        <TextField name="displayName" error={errors.displayName} label={t('users.displayName')} maxLength={limits.nameMaxLength} autoComplete="off" isRequired />
        <SelectField name="role" label={t('users.role')} value={role} options={roleOptions} error={errors.role} onChange={(v) => isRole(v) && setRole(v)} />
        <TextField
          name="password" error={errors.password}
          type="password"
          label={`${t('users.password')} (${t('common.optional')})`}
          description={t('users.passwordHint', { min: limits.passwordMinLength })}
          autoComplete="new-password"
        />
        <FormActions submitLabel={t('users.add')} isPending={create.isPending} onCancel={() => close(false)} />
      </Form>
    </Dialog>
  );
}

export function EditUserDialog({ user, onClose, onDone }: { user: User; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = useUpdateUser();
  const roleOptions = useRoleOptions();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [role, setRole] = useState<InstallationRole>(user.role);
  const locked = user.lockedUntil !== null && new Date(user.lockedUntil) > new Date();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate({ id: user.id, displayName: displayName.trim(), role }, { onSuccess: (u) => onDone(t('users.saved', { name: u.displayName })) });
  };
  const act = (change: { disabled?: boolean; unlock?: boolean; resetTotp?: boolean }, message: string) =>
    update.mutate({ id: user.id, ...change }, { onSuccess: () => onDone(message) });
  const errors = useFieldErrors(update.error);
  const name = user.displayName;

  return (
    <Dialog title={t('users.editTitle', { name })} isOpen onOpenChange={(open) => !open && onClose()}>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <SaveErrorAlert error={update.error} fieldErrors={errors} />
        <TextField name="email" error={errors.email} label={t('users.email')} value={user.email} isReadOnly />
        <TextField name="displayName" error={errors.displayName} label={t('users.displayName')} value={displayName} onChange={setDisplayName} maxLength={limits.nameMaxLength} isRequired />
        <SelectField name="role" label={t('users.role')} value={role} options={roleOptions} error={errors.role} onChange={(v) => isRole(v) && setRole(v)} />
        <FormActions submitLabel={t('common.save')} isPending={update.isPending} onCancel={onClose} />
      </Form>
      <section className="stack dialog__section" aria-labelledby="account-actions">
        <h3 id="account-actions">{t('users.accountTitle')}</h3>
        {locked && user.lockedUntil && <p>{t('users.lockedUntil', { time: format.dateTime(user.lockedUntil) })}</p>}
        <div className="actions">
          {locked && (
            <Button variant="secondary" onPress={() => act({ unlock: true }, t('users.unlocked', { name }))}>
              {t('users.unlock')}
            </Button>
          )}
          {user.totpEnabled && (
            <Button variant="secondary" onPress={() => act({ resetTotp: true }, t('users.totpReset', { name }))}>
              {t('users.resetTotp')}
            </Button>
          )}
          {user.disabled ? (
            <Button variant="secondary" onPress={() => act({ disabled: false }, t('users.enabledDone', { name }))}>
              {t('users.enable')}
            </Button>
          ) : (
            <Button variant="danger" onPress={() => act({ disabled: true }, t('users.disabledDone', { name }))}>
              {t('users.disable')}
            </Button>
          )}
        </div>
        {user.totpEnabled && <p className="muted">{t('users.resetTotpHint')}</p>}
      </section>
    </Dialog>
  );
}
