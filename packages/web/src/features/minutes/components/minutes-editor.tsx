import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Minutes } from '@collegium/shared/contracts/minutes';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { useErrorText } from '../../../lib/error-text';
import { useSaveMinutes } from '../api/minutes';
import { applyMerge, chooseSide, editMerged, editPart, followServer, hasNewerVersion, loadDraft, mergeResolved, saveInput, startMerge, type DraftState } from '../draft-state';
import { partLabel } from '../part-label';
import { ItemExcerpt } from './item-excerpt';
import { ItemFacts } from './item-facts';
import { MergePanel } from './merge-panel';
import { RichTextEditor } from './rich-text-editor';
import { RichTextView } from './rich-text-view';

function WrittenPart({ label, value, editable, onChange }: { label: string; value: string; editable: boolean; onChange: (html: string) => void }) {
  const { t } = useTranslation();
  if (editable) return <RichTextEditor label={label} value={value} onChange={onChange} />;
  return (
    <div className="stack">
      <h4>{label}</h4>
      {value ? <RichTextView html={value} /> : <p className="muted">{t('minutes.editor.empty')}</p>}
    </div>
  );
}

/**
 * The written parts — opening, each item's discussion beside what was recorded for it, closing — and the
 * save that makes a new version. Unsaved text survives someone else's save; a conflict opens the merge.
 */
export function MinutesEditor({ minutes, sessionId, onMessage }: { minutes: Minutes; sessionId: string; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const save = useSaveMinutes(sessionId);
  const [draft, setDraft] = useState<DraftState>(() => loadDraft(minutes));
  const [note, setNote] = useState('');
  const [mergeHint, setMergeHint] = useState(false);
  useEffect(() => setDraft((current) => followServer(current, minutes)), [minutes]);
  const unsaved = draft.dirty.length > 0;
  useEffect(() => {
    if (!unsaved) return undefined;
    // the browser asks before a reload or closing the tab would drop unsaved text
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const editable = minutes.canEdit;
  const edit = (part: string) => (html: string) => setDraft((current) => editPart(current, part, html));
  const onSave = () => {
    if (draft.merge && !mergeResolved(draft)) {
      setMergeHint(true);
      return;
    }
    setMergeHint(false);
    const ready = applyMerge(draft);
    setDraft(ready);
    save.mutate(
      { minutesId: minutes.id, input: saveInput(ready, note) },
      {
        onSuccess: (outcome) => {
          if (outcome.kind === 'conflict') {
            setDraft((current) => startMerge(current, outcome.conflict));
            return;
          }
          setDraft(loadDraft(outcome.minutes));
          setNote('');
          onMessage(t('minutes.editor.saved', { version: outcome.minutes.version }));
        },
      },
    );
  };

  return (
    <section className="card stack" aria-labelledby="minutes-text">
      <h2 id="minutes-text">{t('minutes.editor.heading')}</h2>
      {!editable && minutes.status === 'approved' && <p>{t('minutes.editor.lockedNote')}</p>}
      {!editable && minutes.status === 'submitted' && <p>{t('minutes.editor.submittedNote')}</p>}
      {editable && hasNewerVersion(draft, minutes.version) && !draft.merge && (
        <Alert tone="info">{t('minutes.editor.newerVersion', { version: minutes.version })}</Alert>
      )}
      {draft.merge && (
        <MergePanel
          merge={draft.merge}
          label={(part) => partLabel(t, minutes.content, part)}
          onChoose={(part, side) => setDraft((current) => chooseSide(current, part, side))}
          onEdit={(part, text) => setDraft((current) => editMerged(current, part, text))}
        />
      )}
      <WrittenPart label={t('minutes.editor.opening')} value={draft.texts.opening ?? ''} editable={editable} onChange={edit('opening')} />
      {minutes.content.items.map((item) => (
        <article key={item.agendaItemId} className="minutes-item stack" aria-labelledby={`minutes-item-${item.agendaItemId}`}>
          <h3 id={`minutes-item-${item.agendaItemId}`}>
            {item.number}. {item.title}
          </h3>
          <ItemFacts item={item} />
          <WrittenPart
            label={partLabel(t, minutes.content, item.agendaItemId)}
            value={draft.texts[item.agendaItemId] ?? ''}
            editable={editable}
            onChange={edit(item.agendaItemId)}
          />
          {minutes.status === 'approved' && <ItemExcerpt minutesId={minutes.id} item={item} />}
        </article>
      ))}
      <WrittenPart label={t('minutes.editor.closing')} value={draft.texts.closing ?? ''} editable={editable} onChange={edit('closing')} />
      {editable && (
        <div className="stack minutes-save">
          <TextField label={t('minutes.editor.note')} description={t('minutes.editor.noteHint')} value={note} onChange={setNote} maxLength={500} />
          {mergeHint && <Alert tone="error">{t('minutes.merge.unsettled')}</Alert>}
          {save.error && <Alert tone="error">{errorText(save.error)}</Alert>}
          <div className="actions">
            <Button onPress={onSave} isPending={save.isPending}>
              {draft.merge ? t('minutes.merge.save') : t('minutes.editor.save')}
            </Button>
            {draft.dirty.length > 0 && <span className="muted">{t('minutes.editor.unsaved', { parts: draft.dirty.length })}</span>}
          </div>
        </div>
      )}
    </section>
  );
}
