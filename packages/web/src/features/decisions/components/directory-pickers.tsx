import { useTranslation } from 'react-i18next';
import { useOrganizations } from '../../directory/api/get-organizations';
import { usePersons } from '../../directory/api/get-persons';
import { personName } from '../../directory/components/person-name';
import { SearchPicker, type PickerItem, usePicker } from '../../directory/components/search-picker';
import { useDebounced } from '../../directory/use-debounced';

export type Picker = ReturnType<typeof usePicker>;

interface PickerFieldProps {
  picker: Picker;
  label: string;
  description?: string;
  error?: string | undefined;
  /** called with the item chosen from the list (a filter acts on it at once) */
  onPick?: (item: PickerItem | null) => void;
}

const withPick = (picker: Picker, onPick?: (item: PickerItem | null) => void) => ({
  ...picker.pickerProps,
  onSelect: (item: PickerItem | null) => {
    picker.pickerProps.onSelect(item);
    onPick?.(item);
  },
});

/** Picks a person of the directory by name (the first matches). */
export function PersonPickerField({ picker, label, description, error, onPick }: PickerFieldProps) {
  const { t } = useTranslation();
  const persons = usePersons(useDebounced(picker.query, 250));
  const items: PickerItem[] = (persons.data?.items ?? []).map((p) => ({
    id: p.id,
    label: p.organization ? `${personName(p)} (${p.organization.shortName ?? p.organization.name})` : personName(p),
  }));
  return (
    <SearchPicker label={label} items={items} {...withPick(picker, onPick)} emptyText={t('decisions.edit.personNone')} {...(description ? { description } : {})} error={error} />
  );
}

/** Picks an organisation of the directory by name (the first matches). */
export function OrganizationPickerField({ picker, label, description, error, onPick }: PickerFieldProps) {
  const { t } = useTranslation();
  const organizations = useOrganizations({ q: useDebounced(picker.query, 250), limit: 20, offset: 0 });
  const items: PickerItem[] = (organizations.data?.items ?? []).map((o) => ({ id: o.id, label: o.shortName ? `${o.name} (${o.shortName})` : o.name }));
  return (
    <SearchPicker
      label={label}
      items={items}
      {...withPick(picker, onPick)}
      emptyText={t('decisions.edit.organizationNone')}
      {...(description ? { description } : {})}
      error={error}
    />
  );
}

export { usePicker };
