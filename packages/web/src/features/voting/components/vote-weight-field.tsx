import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/ui/text-field';

/** A membership's vote weight, asked for only where the body's rules weigh votes. */
export function VoteWeightField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <TextField
      name="voteWeight"
      label={t('voting.weight.label')}
      description={t('voting.weight.hint')}
      inputMode="numeric"
      value={value}
      onChange={(next) => onChange(next.replace(/\D/g, ''))}
      error={error}
      isRequired
    />
  );
}

/** The weight typed into the field as the number the API takes (an empty field is the default weight, 1). */
export const voteWeightOf = (value: string): number => (value.trim() === '' ? 1 : Number(value));
