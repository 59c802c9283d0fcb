import { useTranslation } from 'react-i18next';
import { DEFAULT_DECISION_NUMBER_FORMAT } from '@collegium/shared/domain/decision-numbers';
import { TextField } from '../../../components/ui/text-field';

const tokens = { body: '{body}', year: '{year}', session: '{session}', item: '{item}', n: '{n}' };

/** The body's scheme for numbering its decisions, in the edit-body dialog; empty means the default. */
export function DecisionNumberFormatField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <TextField
      name="decisionNumberFormat"
      label={`${t('decisions.numberFormat.label')} (${t('common.optional')})`}
      description={t('decisions.numberFormat.hint', { ...tokens, default: DEFAULT_DECISION_NUMBER_FORMAT })}
      value={value}
      onChange={onChange}
      error={error}
      maxLength={80}
    />
  );
}
