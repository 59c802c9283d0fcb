import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series } from '@collegium/shared/contracts/session-series';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { QueryState } from '../../../components/ui/query-state';
import { useBodySeries } from '../api/get-body-series';
import { useSeriesFormat } from '../use-series-format';
import { EndSeriesDialog } from './end-series-dialog';
import { SeriesFormDialog } from './series-form-dialog';
import { SeriesOccurrences } from './series-occurrences';
import '../series.css';

const today = () => new Date().toISOString().slice(0, 10);

/** The "Series" part of a body's sessions section: its recurring series with their next meetings. */
export function BodySeries({ body }: { body: { id: string; name: string } }) {
  const { t } = useTranslation();
  const format = useSeriesFormat();
  const list = useBodySeries(body.id);
  const [dialog, setDialog] = useState<{ kind: 'create' } | { kind: 'split' | 'end'; series: Series } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (list.data && !list.data.canCreate && list.data.items.length === 0) return null;
  const running = (list.data?.items ?? []).filter((series) => series.endsOn === null || series.endsOn >= today());
  return (
    <section aria-labelledby="body-series" className="stack">
      <h3 id="body-series">{t('series.title')}</h3>
      <p className="muted">{t('series.intro')}</p>
      <StatusMessage message={message} />
      {list.data?.canCreate && (
        <div className="actions">
          <Button variant="secondary" onPress={() => setDialog({ kind: 'create' })}>
            {t('series.create')}
          </Button>
        </div>
      )}
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()} />
      {list.data && running.length === 0 && <p className="muted">{t('series.none')}</p>}
      {running.map((series) => (
        <article key={series.id} className="series" aria-labelledby={`series-${series.id}`}>
          <h4 id={`series-${series.id}`}>{series.title ?? format.summary(series)}</h4>
          {series.title && <p>{format.summary(series)}</p>}
          <p className="muted">
            {[series.place, series.endsOn && t('series.endsOn', { day: format.day(series.endsOn) })].filter(Boolean).join(' · ')}
          </p>
          {series.abilities.manage && (
            <div className="actions">
              <Button variant="secondary" onPress={() => setDialog({ kind: 'split', series })}>
                {t('series.split')}
              </Button>
              <Button variant="secondary" onPress={() => setDialog({ kind: 'end', series })}>
                {t('series.end')}
              </Button>
            </div>
          )}
          <SeriesOccurrences series={series} onMessage={setMessage} />
        </article>
      ))}
      {dialog?.kind === 'create' && list.data && (
        <SeriesFormDialog
          body={body}
          defaults={list.data.defaults}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            setMessage(t('series.created'));
          }}
        />
      )}
      {dialog?.kind === 'split' && list.data && (
        <SeriesFormDialog
          body={body}
          defaults={list.data.defaults}
          series={dialog.series}
          onClose={() => setDialog(null)}
          onSaved={(series) => {
            setDialog(null);
            setMessage(t('series.changed', { day: format.day(series.startsOn) }));
          }}
        />
      )}
      {dialog?.kind === 'end' && (
        <EndSeriesDialog
          series={dialog.series}
          onClose={() => setDialog(null)}
          onEnded={() => {
            setDialog(null);
            setMessage(t('series.endedMessage'));
          }}
        />
      )}
    </section>
  );
}
