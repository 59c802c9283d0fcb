import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { weekdayNames } from '../calendar-grid';
import { buildRule, weekdayCodes, type RuleForm, type WeekdayCode } from '../rule-form';
import { nthWeeks, useSeriesFormat } from '../use-series-format';

interface RuleFieldsProps {
  form: RuleForm;
  onChange: (form: RuleForm) => void;
  /** the raw rule is edited by hand (for rules the form cannot express) */
  advanced: boolean;
  onAdvanced: (advanced: boolean) => void;
  raw: string;
  onRaw: (raw: string) => void;
  /** the server's message about the rule */
  error?: string | undefined;
}

const whole = (value: string, fallback: number) => (/^\d+$/.test(value) ? Number(value) : fallback);

/** How a series repeats: a friendly form that writes the RFC 5545 rule, or the rule itself. */
export function RuleFields({ form, onChange, advanced, onAdvanced, raw, onRaw, error }: RuleFieldsProps) {
  const { t } = useTranslation();
  const { locale, rule, nth } = useSeriesFormat();
  const names = weekdayNames(locale);
  const set = (patch: Partial<RuleForm>) => onChange({ ...form, ...patch });
  const toggleDay = (code: WeekdayCode, on: boolean) =>
    set({ weekdays: on ? [...form.weekdays, code] : form.weekdays.filter((day) => day !== code) });
  const dayOptions = weekdayCodes.map((code, index) => ({ value: code, label: names[index]!.long }));
  const written = advanced ? raw : buildRule(form);
  return (
    <fieldset className="rule-fields">
      <legend>{t('series.fields.repeats')}</legend>
      {!advanced && (
        <>
          <div className="rule-fields__row">
            <SelectField
              label={t('series.fields.frequency')}
              value={form.frequency}
              options={(['weekly', 'monthly', 'daily'] as const).map((value) => ({ value, label: t(`series.frequency.${value}`) }))}
              onChange={(value) => set({ frequency: value as RuleForm['frequency'] })}
            />
            <TextField
              label={t(`series.fields.interval.${form.frequency}`)}
              type="number"
              inputMode="numeric"
              value={String(form.interval)}
              onChange={(value) => set({ interval: Math.max(1, whole(value, 1)) })}
            />
          </div>
          {form.frequency === 'weekly' && (
            <fieldset className="rule-fields__days">
              <legend>{t('series.fields.weekdays')}</legend>
              {weekdayCodes.map((code, index) => (
                <label key={code} className="checkbox">
                  <input type="checkbox" checked={form.weekdays.includes(code)} onChange={(event) => toggleDay(code, event.target.checked)} />
                  {names[index]!.long}
                </label>
              ))}
            </fieldset>
          )}
          {form.frequency === 'monthly' && (
            <div className="rule-fields__row">
              <SelectField
                label={t('series.fields.monthlyBy')}
                value={form.monthlyBy}
                options={[
                  { value: 'weekday', label: t('series.fields.monthlyByWeekday') },
                  { value: 'monthDay', label: t('series.fields.monthlyByDay') },
                ]}
                onChange={(value) => set({ monthlyBy: value as RuleForm['monthlyBy'] })}
              />
              {form.monthlyBy === 'weekday' ? (
                <>
                  <SelectField
                    label={t('series.fields.monthlyWeek')}
                    value={String(form.monthlyWeek)}
                    options={nthWeeks.map((week) => ({ value: String(week), label: nth(week) }))}
                    onChange={(value) => set({ monthlyWeek: Number(value) })}
                  />
                  <SelectField label={t('series.fields.monthlyWeekday')} value={form.monthlyWeekday} options={dayOptions} onChange={(value) => set({ monthlyWeekday: value as WeekdayCode })} />
                </>
              ) : (
                <TextField label={t('series.fields.monthDay')} type="number" value={String(form.monthDay)} onChange={(value) => set({ monthDay: Math.min(31, Math.max(1, whole(value, 1))) })} />
              )}
            </div>
          )}
          <div className="rule-fields__row">
            <SelectField
              label={t('series.fields.ends')}
              value={form.ends}
              options={(['never', 'until', 'count'] as const).map((value) => ({ value, label: t(`series.ends.${value}`) }))}
              onChange={(value) => set({ ends: value as RuleForm['ends'] })}
            />
            {form.ends === 'until' && <TextField label={t('series.fields.until')} type="date" value={form.until} onChange={(until) => set({ until })} />}
            {form.ends === 'count' && (
              <TextField label={t('series.fields.count')} type="number" value={String(form.count)} onChange={(value) => set({ count: Math.max(1, whole(value, 1)) })} />
            )}
          </div>
        </>
      )}
      <TextField
        name="rrule"
        label={t('series.fields.rrule', { standard: 'RFC 5545' })}
        description={advanced ? t('series.fields.rruleAdvanced', { example: 'FREQ=WEEKLY;BYDAY=TU;COUNT=10' }) : `${rule(written)} — ${t('series.fields.rruleWritten')}`}
        value={written}
        onChange={onRaw}
        isReadOnly={!advanced}
        error={error}
      />
      <label className="checkbox">
        <input type="checkbox" checked={advanced} onChange={(event) => onAdvanced(event.target.checked)} />
        {t('series.fields.advanced')}
      </label>
    </fieldset>
  );
}
