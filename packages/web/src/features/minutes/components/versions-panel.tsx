import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Minutes } from '@collegium/shared/contracts/minutes';
import { QueryState } from '../../../components/ui/query-state';
import { SelectField } from '../../../components/ui/select-field';
import { TableWrap } from '../../../components/ui/table-wrap';
import { useFormat } from '../../../lib/format';
import { useComparison } from '../api/minutes';
import { changedWords } from '../diff-runs';
import { DiffText } from './diff-text';

function Comparison({ minutesId, from, to }: { minutesId: string; from: number; to: number }) {
  const { t } = useTranslation();
  const comparison = useComparison(minutesId, from, to);
  const marks = { inserted: t('minutes.compare.insertedMark'), deleted: t('minutes.compare.deletedMark') };
  if (from === to) return <p>{t('minutes.compare.same')}</p>;
  return (
    <div className="stack" data-testid="minutes-comparison" aria-live="polite">
      <QueryState isPending={comparison.isPending} error={comparison.error} onRetry={() => void comparison.refetch()} />
      {comparison.data && comparison.data.parts.length === 0 && <p>{t('minutes.compare.noChange')}</p>}
      {comparison.data?.parts.map((part) => {
        const counts = changedWords(part.segments);
        return (
          <article key={part.part} className="stack" aria-label={part.label}>
            <h4>{part.label}</h4>
            <p className="muted">{t('minutes.compare.counts', counts)}</p>
            <DiffText segments={part.segments} marks={marks} />
          </article>
        );
      })}
    </div>
  );
}

/** Every saved version, and a word-by-word comparison of any two. */
export function VersionsPanel({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation();
  const format = useFormat();
  const latest = minutes.version;
  // until a version is chosen, the comparison follows the two latest ones as new versions are saved
  const [chosenFrom, setFrom] = useState<string | null>(null);
  const [chosenTo, setTo] = useState<string | null>(null);
  const from = chosenFrom ?? String(Math.max(1, latest - 1));
  const to = chosenTo ?? String(latest);
  const options = minutes.versions.map((version) => ({ value: String(version.version), label: t('minutes.versions.option', { version: version.version }) }));
  return (
    <section className="card stack" aria-labelledby="minutes-versions">
      <h2 id="minutes-versions">{t('minutes.versions.heading')}</h2>
      <TableWrap label={t('minutes.versions.heading')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('minutes.versions.version')}</th>
              <th scope="col">{t('minutes.versions.saved')}</th>
              <th scope="col">{t('minutes.versions.author')}</th>
              <th scope="col">{t('minutes.versions.note')}</th>
            </tr>
          </thead>
          <tbody>
            {[...minutes.versions].reverse().map((version) => (
              <tr key={version.version}>
                <td>
                  {version.version}
                  {version.approved ? ` (${t('minutes.versions.approved')})` : ''}
                </td>
                <td>{format.dateTime(version.createdAt)}</td>
                <td>{version.author ?? t('minutes.versions.system')}</td>
                <td>{version.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {minutes.versions.length > 1 && (
        <div className="stack" role="group" aria-labelledby="minutes-compare">
          <h3 id="minutes-compare">{t('minutes.compare.heading')}</h3>
          <div className="minutes-compare__pick">
            <SelectField label={t('minutes.compare.from')} value={from} options={options} onChange={setFrom} />
            <SelectField label={t('minutes.compare.to')} value={to} options={options} onChange={setTo} />
          </div>
          <Comparison minutesId={minutes.id} from={Number(from)} to={Number(to)} />
        </div>
      )}
    </section>
  );
}
