import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Series, SeriesDefaults, SeriesInput, SeriesKind } from '@collegium/shared/contracts/session-series';
import { Dialog } from '../../../components/ui/dialog';
import { FormActions } from '../../../components/ui/form-actions';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useFieldErrors } from '../../../lib/error-text';
import { useCreateSeries, useSplitSeries } from '../api/change-series';
import { buildRule, defaultRuleForm, parseRule } from '../rule-form';
import { RuleFields } from './rule-fields';

const today = () => new Date().toISOString().slice(0, 10);
const kinds: readonly SeriesKind[] = ['regular', 'extraordinary'];

/**
 * Starts a series of a body, or (given `series`) changes one from a day on: "this and following". The
 * rule starts from the body's meeting pattern when it has one.
 */
export function SeriesFormDialog({
  body,
  defaults,
  series,
  onClose,
  onSaved,
}: {
  body: { id: string; name: string };
  defaults: SeriesDefaults;
  series?: Series;
  onClose: () => void;
  onSaved: (series: Series) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateSeries();
  const split = useSplitSeries();
  const mutation = series ? split : create;
  const initialRule = series?.rrule ?? defaults.rrule ?? buildRule(defaultRuleForm);
  const [ruleForm, setRuleForm] = useState(parseRule(initialRule) ?? defaultRuleForm);
  const [advanced, setAdvanced] = useState(parseRule(initialRule) === null);
  const [raw, setRaw] = useState(initialRule);
  const [kind, setKind] = useState<SeriesKind>(series?.kind ?? 'regular');
  const [title, setTitle] = useState(series?.title ?? '');
  const [day, setDay] = useState(series ? (series.startsOn > today() ? series.startsOn : today()) : today());
  const [startTime, setStartTime] = useState(series?.startTime ?? defaults.startTime ?? '10:00');
  const [duration, setDuration] = useState(String(series?.durationMinutes ?? 90));
  const [timeZone, setTimeZone] = useState(series?.timeZone ?? defaults.timeZone);
  const [place, setPlace] = useState(series?.place ?? '');
  const [onlineUrl, setOnlineUrl] = useState(series?.onlineUrl ?? '');
  const errors = useFieldErrors(mutation.error);

  const onAdvanced = (on: boolean) => {
    if (on) setRaw(buildRule(ruleForm));
    else setRuleForm(parseRule(raw) ?? ruleForm);
    setAdvanced(on);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const rrule = advanced ? raw.trim() : buildRule(ruleForm);
    const fields: Omit<SeriesInput, 'startsOn' | 'rrule'> = {
      kind,
      title: title.trim() || null,
      startTime,
      durationMinutes: /^\d+$/.test(duration) ? Number(duration) : 0,
      timeZone: timeZone.trim(),
      place: place.trim() || null,
      onlineUrl: onlineUrl.trim() || null,
    };
    if (series) {
      // The rule goes along only when it changed: an unchanged COUNT keeps counting the meetings left.
      const input = { ...fields, from: day, ...(rrule === series.rrule ? {} : { rrule }) };
      split.mutate({ series, input }, { onSuccess: onSaved });
    } else create.mutate({ bodyId: body.id, input: { ...fields, rrule, startsOn: day } }, { onSuccess: onSaved });
  };

  const heading = series ? t('series.splitTitle') : t('series.createTitle', { body: body.name });
  const optional = (label: string) => `${label} (${t('common.optional')})`;
  return (
    <Dialog title={heading} isOpen onOpenChange={(open) => !open && onClose()}>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <SaveErrorAlert error={mutation.error} fieldErrors={errors} conflictText={t('series.conflict')} />
        {series && <p>{t('series.splitIntro')}</p>}
        <TextField
          name={series ? 'from' : 'startsOn'}
          type="date"
          label={series ? t('series.fields.from') : t('series.fields.startsOn')}
          value={day}
          onChange={setDay}
          error={series ? errors.from : errors.startsOn}
          isRequired
        />
        <RuleFields form={ruleForm} onChange={setRuleForm} advanced={advanced} onAdvanced={onAdvanced} raw={raw} onRaw={setRaw} error={errors.rrule} />
        <div className="rule-fields__row">
          <TextField name="startTime" type="time" label={t('series.fields.startTime')} value={startTime} onChange={setStartTime} error={errors.startTime} isRequired />
          <TextField name="durationMinutes" type="number" label={t('series.fields.duration')} value={duration} onChange={setDuration} error={errors.durationMinutes} isRequired />
        </div>
        <TextField name="timeZone" label={t('series.fields.timeZone')} value={timeZone} onChange={setTimeZone} error={errors.timeZone} isRequired />
        <SelectField
          label={t('sessions.kind.label')}
          value={kind}
          options={kinds.map((value) => ({ value, label: t(`sessions.kind.${value}`) }))}
          onChange={(value) => setKind(value as SeriesKind)}
          error={errors.kind}
        />
        <TextField name="title" label={optional(t('series.fields.title'))} value={title} onChange={setTitle} error={errors.title} maxLength={300} />
        <TextField name="place" label={optional(t('sessions.fields.place'))} value={place} onChange={setPlace} error={errors.place} maxLength={300} />
        <TextField name="onlineUrl" type="url" label={optional(t('sessions.fields.onlineUrl'))} value={onlineUrl} onChange={setOnlineUrl} error={errors.onlineUrl} placeholder="https://" />
        <FormActions submitLabel={series ? t('series.splitSubmit') : t('series.create')} isPending={mutation.isPending} onCancel={onClose} />
      </Form>
    </Dialog>
  );
}
