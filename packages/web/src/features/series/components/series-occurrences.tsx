import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Occurrence, Series } from '@collegium/shared/contracts/session-series';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { QueryState } from '../../../components/ui/query-state';
import { TableWrap } from '../../../components/ui/table-wrap';
import { links } from '../../../config/paths';
import { useErrorText } from '../../../lib/error-text';
import { useChangeOccurrence } from '../api/change-series';
import { useOccurrences } from '../api/get-occurrences';
import { useSeriesFormat } from '../use-series-format';
import { CancelOccurrenceDialog, MoveOccurrenceDialog } from './occurrence-dialogs';

const shown = 8;
const badge: Record<Occurrence['status'], string> = { planned: 'badge badge--muted', moved: 'badge badge--warn', cancelled: 'badge badge--muted', prepared: 'badge badge--ok' };

/** The next meetings of a series, with what its managers may do to each: prepare, move, cancel, restore. */
export function SeriesOccurrences({ series, onMessage }: { series: Series; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const format = useSeriesFormat();
  const navigate = useNavigate();
  const errorText = useErrorText();
  // From now on, or from the series' first day when it has not begun yet.
  const [from] = useState(() => {
    const now = new Date();
    const first = new Date(`${series.startsOn}T00:00:00`);
    return (first > now ? first : now).toISOString();
  });
  const occurrences = useOccurrences(series.id, from);
  const change = useChangeOccurrence();
  const [dialog, setDialog] = useState<{ kind: 'cancel' | 'move'; occurrence: Occurrence } | null>(null);
  const manage = series.abilities.manage;
  const when = (occurrence: Occurrence) => format.when(occurrence.startsAt, occurrence.timeZone);

  const prepare = (occurrence: Occurrence) =>
    change.mutate(
      { seriesId: series.id, change: { verb: 'prepare', input: { originalStart: occurrence.originalStart } } },
      { onSuccess: (prepared) => prepared.sessionId && void navigate(links.session(prepared.sessionId), { state: { message: t('series.prepared') } }) },
    );
  const restore = (occurrence: Occurrence) =>
    change.mutate(
      { seriesId: series.id, change: { verb: 'restore', input: { originalStart: occurrence.originalStart } } },
      { onSuccess: () => onMessage(t('series.restored', { when: when(occurrence) })) },
    );

  const done = (message: string) => {
    setDialog(null);
    onMessage(message);
  };
  const items = occurrences.data?.items.slice(0, shown) ?? [];
  return (
    <div className="stack">
      <QueryState isPending={occurrences.isPending} error={occurrences.error} onRetry={() => void occurrences.refetch()} />
      {change.error && !dialog && <Alert tone="error">{errorText(change.error)}</Alert>}
      {occurrences.data && items.length === 0 && <p className="muted">{t('series.occurrences.none')}</p>}
      {items.length > 0 && (
        <TableWrap label={t('series.occurrences.caption')}>
          <table className="table">
            <caption className="visually-hidden">{t('series.occurrences.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('series.occurrences.when')}</th>
                <th scope="col">{t('series.occurrences.status')}</th>
                <th scope="col">{t('sessions.fields.place')}</th>
                {manage && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {items.map((occurrence) => (
                <tr key={occurrence.originalStart}>
                  <td>
                    {occurrence.sessionId ? <Link to={links.session(occurrence.sessionId)}>{when(occurrence)}</Link> : when(occurrence)}
                    {occurrence.status === 'moved' && (
                      <div className="muted">{t('series.movedFrom', { when: format.when(occurrence.originalStart, occurrence.timeZone) })}</div>
                    )}
                  </td>
                  <td>
                    <span className={badge[occurrence.status]}>{t(`series.status.${occurrence.status}`)}</span>
                    {occurrence.cancelReason && <div className="muted">{occurrence.cancelReason}</div>}
                  </td>
                  <td>{occurrence.place ?? ''}</td>
                  {manage && (
                    <td>
                      <div className="actions actions--compact">
                        {occurrence.status === 'prepared' && occurrence.sessionId && <Link to={links.session(occurrence.sessionId)}>{t('series.actions.open')}</Link>}
                        {(occurrence.status === 'planned' || occurrence.status === 'moved') && (
                          <>
                            <Button variant="secondary" aria-label={t('series.actions.prepareLabel', { when: when(occurrence) })} onPress={() => prepare(occurrence)} isPending={change.isPending}>
                              {t('series.actions.prepare')}
                            </Button>
                            <Button variant="secondary" aria-label={t('series.actions.moveLabel', { when: when(occurrence) })} onPress={() => setDialog({ kind: 'move', occurrence })}>
                              {t('series.actions.move')}
                            </Button>
                            <Button variant="secondary" aria-label={t('series.actions.cancelLabel', { when: when(occurrence) })} onPress={() => setDialog({ kind: 'cancel', occurrence })}>
                              {t('series.actions.cancel')}
                            </Button>
                          </>
                        )}
                        {(occurrence.status === 'cancelled' || occurrence.status === 'moved') && (
                          <Button variant="quiet" aria-label={t('series.actions.restoreLabel', { when: when(occurrence) })} onPress={() => restore(occurrence)}>
                            {t('series.actions.restore')}
                          </Button>
                        )}
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {dialog?.kind === 'cancel' && (
        <CancelOccurrenceDialog series={series} occurrence={dialog.occurrence} onClose={() => setDialog(null)} onDone={done} />
      )}
      {dialog?.kind === 'move' && (
        <MoveOccurrenceDialog series={series} occurrence={dialog.occurrence} onClose={() => setDialog(null)} onDone={done} />
      )}
    </div>
  );
}
