import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarFeed, IssuedCalendarFeed } from '@collegium/shared/contracts/calendar-feeds';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { CopyButton } from '../../../components/ui/copy-button';
import { QueryState } from '../../../components/ui/query-state';
import { useErrorText } from '../../../lib/error-text';
import { useFormat } from '../../../lib/format';
import { useCalendarFeeds, useIssueCalendarFeed, useRevokeCalendarFeed } from '../api/calendar-feeds';

/** The secret URL, shown once after it was issued, to copy into a calendar program. */
function IssuedUrl({ feed, inputId }: { feed: IssuedCalendarFeed; inputId: string }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert--success stack" role="status">
      <p>{t('sessions.feed.issued')}</p>
      <div className="token-once">
        <label className="field__label" htmlFor={inputId}>
          {t('sessions.feed.url')}
        </label>
        <input id={inputId} className="field__input token-once__value" readOnly value={feed.url} onFocus={(e) => e.currentTarget.select()} />
        <CopyButton text={feed.url} label={t('sessions.feed.copy')} />
      </div>
    </div>
  );
}

/**
 * Subscribe in a calendar program: the personal feed (no body) or one body's. The URL is shown only when
 * issued (the server keeps a hash of it); later one can regenerate it or revoke it, each after confirming.
 */
export function CalendarFeedPanel({ body }: { body: { id: string; name: string } | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const feeds = useCalendarFeeds();
  const bodyId = body?.id ?? null;
  const issue = useIssueCalendarFeed(bodyId);
  const revoke = useRevokeCalendarFeed(bodyId);
  const [issued, setIssued] = useState<IssuedCalendarFeed | null>(null);
  const [confirming, setConfirming] = useState<'regenerate' | 'revoke' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const existing: CalendarFeed | null | undefined = feeds.data
    ? bodyId
      ? (feeds.data.bodies.find((feed) => feed.body?.id === bodyId) ?? null)
      : feeds.data.personal
    : undefined;
  const onIssued = (feed: IssuedCalendarFeed) => {
    setIssued(feed);
    setConfirming(null);
    setMessage(null);
  };
  const inputId = bodyId ? `calendar-feed-${bodyId}` : 'calendar-feed-personal';

  return (
    <div className="stack">
      <p>{body ? t('sessions.feed.bodyIntro', { body: body.name }) : t('sessions.feed.intro')}</p>
      <StatusMessage message={message} />
      <QueryState isPending={feeds.isPending} error={feeds.error} onRetry={() => void feeds.refetch()} />
      {issued && <IssuedUrl feed={issued} inputId={inputId} />}
      {existing === null && (
        <div className="actions">
          <Button variant="secondary" isPending={issue.isPending} onPress={() => issue.mutate(undefined, { onSuccess: onIssued })}>
            {t('sessions.feed.create')}
          </Button>
        </div>
      )}
      {issue.error && !confirming && <Alert tone="error">{errorText(issue.error)}</Alert>}
      {existing && (
        <>
          <p className="muted">
            {t('sessions.feed.exists', { issued: format.dateTime(existing.issuedAt), read: format.dateTime(existing.lastReadAt) })}
          </p>
          <div className="actions">
            <Button variant="secondary" onPress={() => {
                issue.reset();
                setConfirming('regenerate');
              }}>
              {t('sessions.feed.regenerate')}
            </Button>
            <Button variant="quiet" onPress={() => {
                revoke.reset();
                setConfirming('revoke');
              }}>
              {t('sessions.feed.revoke')}
            </Button>
          </div>
        </>
      )}
      <ConfirmDialog
        title={confirming === 'revoke' ? t('sessions.feed.revokeTitle') : t('sessions.feed.regenerateTitle')}
        text={confirming === 'revoke' ? t('sessions.feed.revokeText') : t('sessions.feed.regenerateText')}
        confirmLabel={confirming === 'revoke' ? t('sessions.feed.revoke') : t('sessions.feed.regenerate')}
        isOpen={confirming !== null}
        onOpenChange={(open) => !open && setConfirming(null)}
        isPending={issue.isPending || revoke.isPending}
        error={confirming === 'revoke' ? (revoke.error ? errorText(revoke.error) : null) : issue.error ? errorText(issue.error) : null}
        onConfirm={() => {
          if (confirming === 'regenerate') issue.mutate(undefined, { onSuccess: onIssued });
          else
            revoke.mutate(undefined, {
              onSuccess: () => {
                setIssued(null);
                setConfirming(null);
                setMessage(t('sessions.feed.revoked'));
              },
            });
        }}
      />
    </div>
  );
}
