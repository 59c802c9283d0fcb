import { useTranslation } from 'react-i18next';
import { bodyRoles, type BodyRole } from '@collegium/shared/domain/roles';
import { SelectField } from '../../../components/ui/select-field';

const isRole = (value: string): value is BodyRole => (bodyRoles as readonly string[]).includes(value);

/** The role a membership gives its person in the body. */
export function BodyRoleField({ value, onChange, error }: { value: BodyRole; onChange: (role: BodyRole) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('directory.role')}
      value={value}
      options={bodyRoles.map((r) => ({ value: r, label: t(`directory.bodyRoles.${r}`) }))}
      onChange={(chosen) => isRole(chosen) && onChange(chosen)}
      error={error}
    />
  );
}

type SlotOption = { id: string; label: string };

/**
 * The representation slot a membership fills ('' for none). `kept` is the slot the membership fills now
 * when the body no longer lists it, so that the form still shows it.
 */
export function SlotField(props: { slots: readonly SlotOption[]; kept?: SlotOption | null; value: string; onChange: (slotId: string) => void; error?: string }) {
  const { slots, kept, value, onChange, error } = props;
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('representation.slot')}
      description={t('representation.slotHint')}
      value={value}
      options={[
        { value: '', label: t('representation.noSlot') },
        ...slots.map((s) => ({ value: s.id, label: s.label })),
        ...(kept && !slots.some((s) => s.id === kept.id) ? [{ value: kept.id, label: kept.label }] : []),
      ]}
      onChange={onChange}
      error={error}
    />
  );
}
