import { useEffect, useState } from 'react';
import { Input, Label, SearchField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { decisionSorts, decisionStatusFilters, type DecisionListQuery } from '@collegium/shared/contracts/decisions';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useBodies } from '../../directory/api/get-bodies';
import { useQuery } from '@tanstack/react-query';
import { organizationQueryOptions } from '../../directory/api/get-organization';
import { personQueryOptions } from '../../directory/api/get-person';
import { personName } from '../../directory/components/person-name';
import { useDebounced } from '../../directory/use-debounced';
import { OrganizationPickerField, PersonPickerField, usePicker } from './directory-pickers';
import type { RegisterFilterKey } from './register-query';

interface RegisterFiltersProps {
  query: DecisionListQuery;
  setFilters: (changes: Partial<Record<RegisterFilterKey, string>>) => void;
  clear: () => void;
  /** the body page fixes the body: no body filter then */
  showBody: boolean;
}

/** A chosen person or organisation as text with a button to drop it; the picker when none is chosen. */
function ChosenFilter({ label, name, onClear }: { label: string; name: string; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <span className="field__label">{label}</span>
      <p>
        {name}{' '}
        <Button variant="quiet" onPress={onClear} aria-label={`${t('decisions.filters.clear')}: ${label}`}>
          ×
        </Button>
      </p>
    </div>
  );
}

/** The picker of a filter, mounted only while nothing is chosen, so clearing the filter starts it afresh. */
function OrganizationPick({ label, onChange }: { label: string; onChange: (id: string) => void }) {
  const picker = usePicker();
  return <OrganizationPickerField picker={picker} label={label} onPick={(item) => item && onChange(item.id)} />;
}

function PersonPick({ label, onChange }: { label: string; onChange: (id: string) => void }) {
  const picker = usePicker();
  return <PersonPickerField picker={picker} label={label} onPick={(item) => item && onChange(item.id)} />;
}

function OrganizationFilter({ id, onChange }: { id: string | undefined; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const organization = useQuery({ ...organizationQueryOptions(id ?? ''), enabled: Boolean(id) });
  const label = t('decisions.filters.organization');
  if (id) return <ChosenFilter label={label} name={organization.data?.name ?? '…'} onClear={() => onChange('')} />;
  return <OrganizationPick label={label} onChange={onChange} />;
}

function PersonFilter({ id, onChange }: { id: string | undefined; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const person = useQuery({ ...personQueryOptions(id ?? ''), enabled: Boolean(id) });
  const label = t('decisions.filters.person');
  if (id) return <ChosenFilter label={label} name={person.data ? personName(person.data) : '…'} onClear={() => onChange('')} />;
  return <PersonPick label={label} onChange={onChange} />;
}

/** Search, status, body, responsible organisation and person, deadline range and order of the register. */
export function RegisterFilters({ query, setFilters, clear, showBody }: RegisterFiltersProps) {
  const { t } = useTranslation();
  const bodies = useBodies();
  const [search, setSearch] = useState(query.q ?? '');
  const q = useDebounced(search.trim(), 300);
  useEffect(() => {
    if (q !== (query.q ?? '')) setFilters({ q });
    // only the typed text drives this; the URL follows it
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  const statusOptions = [{ value: '', label: t('decisions.filters.anyStatus') }, ...decisionStatusFilters.map((s) => ({ value: s, label: t(`decisions.status.${s}`) }))];
  const bodyOptions = [{ value: '', label: t('decisions.filters.anyBody') }, ...(bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))];
  const sortOptions = decisionSorts.map((s) => ({ value: s, label: t(`decisions.sorts.${s}`) }));
  return (
    <fieldset className="decisions-filters">
      <legend>{t('decisions.filters.heading')}</legend>
      <SearchField className="field search" value={search} onChange={setSearch}>
        <Label className="field__label">{t('decisions.filters.search')}</Label>
        <Input className="field__input" />
      </SearchField>
      <SelectField name="status" label={t('decisions.filters.status')} value={query.status ?? ''} options={statusOptions} onChange={(status) => setFilters({ status })} />
      {showBody && <SelectField name="bodyId" label={t('decisions.filters.body')} value={query.bodyId ?? ''} options={bodyOptions} onChange={(bodyId) => setFilters({ bodyId })} />}
      <OrganizationFilter id={query.responsibleOrganizationId} onChange={(id) => setFilters({ responsibleOrganizationId: id })} />
      <PersonFilter id={query.responsiblePersonId} onChange={(id) => setFilters({ responsiblePersonId: id })} />
      <TextField type="date" name="deadlineFrom" label={t('decisions.filters.deadlineFrom')} value={query.deadlineFrom ?? ''} onChange={(deadlineFrom) => setFilters({ deadlineFrom })} />
      <TextField type="date" name="deadlineTo" label={t('decisions.filters.deadlineTo')} value={query.deadlineTo ?? ''} onChange={(deadlineTo) => setFilters({ deadlineTo })} />
      <SelectField name="sort" label={t('decisions.filters.sort')} value={query.sort ?? '-adopted'} options={sortOptions} onChange={(sort) => setFilters({ sort })} />
      <div className="actions">
        <Button
          variant="secondary"
          onPress={() => {
            setSearch('');
            clear();
          }}
        >
          {t('decisions.filters.clear')}
        </Button>
      </div>
    </fieldset>
  );
}
