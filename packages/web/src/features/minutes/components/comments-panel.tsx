import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Minutes } from '@collegium/shared/contracts/minutes';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { useErrorText } from '../../../lib/error-text';
import { useFormat } from '../../../lib/format';
import { useCommentAction, useMinutesComments } from '../api/flow';

/** Members' remarks on the draft, in general or on one item; the secretary and the chair resolve them. */
export function CommentsPanel({ minutes, sessionId }: { minutes: Minutes; sessionId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const comments = useMinutesComments(minutes.id, sessionId);
  const action = useCommentAction(minutes.id);
  const [about, setAbout] = useState('');
  const [text, setText] = useState('');
  const itemLabel = (agendaItemId: string | null) => {
    const item = agendaItemId ? minutes.content.items.find((candidate) => candidate.agendaItemId === agendaItemId) : undefined;
    return item ? t('minutes.comments.onItem', { number: item.number, title: item.title }) : t('minutes.comments.general');
  };
  const add = () =>
    action.mutate({ kind: 'add', input: { agendaItemId: about || null, text: text.trim() } }, { onSuccess: () => setText('') });
  const items = comments.data?.items ?? [];
  const canComment = comments.data?.canComment ?? minutes.canComment;

  return (
    <section className="card stack" aria-labelledby="minutes-comments">
      <h2 id="minutes-comments">{t('minutes.comments.heading')}</h2>
      {comments.error && <Alert tone="error">{errorText(comments.error)}</Alert>}
      {items.length === 0 ? (
        <p>{t('minutes.comments.none')}</p>
      ) : (
        <ul className="stack minutes-comments" data-testid="minutes-comments">
          {items.map((comment) => (
            <li key={comment.id} className={comment.resolvedAt ? 'minutes-comment minutes-comment--resolved' : 'minutes-comment'}>
              <p className="muted">
                {t('minutes.comments.meta', { author: comment.author, when: format.dateTime(comment.createdAt), about: itemLabel(comment.agendaItemId), version: comment.version })}
              </p>
              <p className="pre-line">{comment.text}</p>
              {comment.resolvedAt ? (
                <p className="muted">{t('minutes.comments.resolvedAt', { when: format.dateTime(comment.resolvedAt) })}</p>
              ) : (
                comment.canResolve && (
                  <Button variant="secondary" onPress={() => action.mutate({ kind: 'resolve', commentId: comment.id })} isPending={action.isPending}>
                    {t('minutes.comments.resolve')}
                  </Button>
                )
              )}
            </li>
          ))}
        </ul>
      )}
      {canComment && (
        <div className="stack" role="group" aria-labelledby="minutes-comment-add">
          <h3 id="minutes-comment-add">{t('minutes.comments.add')}</h3>
          <SelectField
            label={t('minutes.comments.about')}
            value={about}
            options={[{ value: '', label: t('minutes.comments.general') }, ...minutes.content.items.map((item) => ({ value: item.agendaItemId, label: itemLabel(item.agendaItemId) }))]}
            onChange={setAbout}
          />
          <TextAreaField label={t('minutes.comments.text')} rows={3} value={text} onChange={setText} maxLength={5000} />
          {action.error && <Alert tone="error">{errorText(action.error)}</Alert>}
          <div className="actions">
            <Button onPress={add} isPending={action.isPending} isDisabled={!text.trim()}>
              {t('minutes.comments.post')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
