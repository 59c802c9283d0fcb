import { useId, useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { reportStatusChanges } from '@collegium/shared/contracts/decisions';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SaveErrorAlert } from '../../../components/ui/save-error-alert';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { useFieldErrors } from '../../../lib/error-text';
import { useAddDecisionReport } from '../api/decisions';

const MAX_FILES = 10;
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
/** Plain text as paragraphs of rich text: a blank line starts a new paragraph, a line break stays one. */
const toRichText = (text: string) =>
  text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');

/** The responsible side's progress report: what was done, optionally a new status, and files. */
export function ReportForm({ decisionId }: { decisionId: string }) {
  const { t } = useTranslation();
  const add = useAddDecisionReport(decisionId);
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [missingText, setMissingText] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const errors = useFieldErrors(add.error, missingText ? { text: t('decisions.reports.needText') } : null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    const empty = text.trim() === '';
    setMissingText(empty);
    if (empty) return;
    const chosenStatus = reportStatusChanges.find((value) => value === status);
    add.mutate(
      { text: toRichText(text), ...(chosenStatus ? { status: chosenStatus } : {}), files },
      {
        onSuccess: () => {
          setText('');
          setStatus('');
          setFiles([]);
          if (fileInput.current) fileInput.current.value = '';
          setMessage(t('decisions.reports.sent'));
        },
      },
    );
  };
  const statusOptions = [{ value: '', label: t('decisions.reports.keepStatus') }, ...reportStatusChanges.map((value) => ({ value, label: t(`decisions.status.${value}`) }))];
  return (
    <section aria-labelledby="decision-report-form" className="stack">
      <h3 id="decision-report-form">{t('decisions.reports.formHeading')}</h3>
      <StatusMessage message={message} />
      <Form className="form" onSubmit={submit} validationBehavior="aria">
        <SaveErrorAlert error={add.error} fieldErrors={errors} />
        <TextAreaField label={t('decisions.reports.text')} rows={5} value={text} onChange={setText} error={errors.text} isRequired maxLength={10000} />
        <SelectField name="status" label={t('decisions.reports.status')} value={status} options={statusOptions} onChange={setStatus} />
        <div className="field">
          <label className="field__label" htmlFor={fileId}>
            {t('decisions.reports.files')}
          </label>
          <input
            id={fileId}
            ref={fileInput}
            className="field__input"
            type="file"
            multiple
            aria-describedby={`${fileId}-hint`}
            onChange={(event) => setFiles([...(event.target.files ?? [])].slice(0, MAX_FILES))}
          />
          <p id={`${fileId}-hint`} className="field__description">
            {t('decisions.reports.filesHint')}
          </p>
        </div>
        <div className="actions">
          <Button type="submit" isPending={add.isPending}>
            {t('decisions.reports.submit')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
