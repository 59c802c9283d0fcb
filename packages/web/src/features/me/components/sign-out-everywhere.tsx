import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useErrorText } from '../../../lib/error-text';
import { useLogoutEverywhere } from '../../auth/api/logout-everywhere';

export function SignOutEverywhere() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const logoutEverywhere = useLogoutEverywhere();
  const [open, setOpen] = useState(false);
  return (
    <div className="stack">
      <p>{t('profile.signOutEverywhereText')}</p>
      <div>
        <Button variant="danger" onPress={() => setOpen(true)}>
          {t('profile.signOutEverywhere')}
        </Button>
      </div>
      <ConfirmDialog
        title={t('profile.signOutEverywhere')}
        text={t('profile.signOutEverywhereConfirm')}
        confirmLabel={t('profile.signOutEverywhere')}
        isOpen={open}
        onOpenChange={setOpen}
        isPending={logoutEverywhere.isPending}
        error={logoutEverywhere.error ? errorText(logoutEverywhere.error) : null}
        onConfirm={() => logoutEverywhere.mutate()}
      />
    </div>
  );
}
