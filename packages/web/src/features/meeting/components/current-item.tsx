import { useTranslation } from 'react-i18next';
import type { MeetingState } from '@collegium/shared/contracts/meeting';
import type { AgendaItem } from '@collegium/shared/contracts/sessions';
import { RichText } from '../../directory/components/rich-text';

export const itemLabel = (item: AgendaItem, closed: string) => `${item.number}. ${item.title ?? closed}`;

/** The item being dealt with now, with its proposed resolution, materials and outcome, for every participant. */
export function CurrentItem({ meeting, items, children }: { meeting: MeetingState; items: readonly AgendaItem[]; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const item = items.find((candidate) => candidate.id === meeting.currentItemId);
  const proceeding = meeting.items.find((entry) => entry.agendaItemId === meeting.currentItemId);
  return (
    <section aria-labelledby="current-item" className="panel stack current-item" aria-live="polite">
      <h2 id="current-item">{t('meeting.current.heading')}</h2>
      {!item ? (
        <p className="muted">{t('meeting.current.none')}</p>
      ) : (
        <>
          <p className="current-item__title" data-testid="current-item-title">
            {itemLabel(item, t('meeting.current.closedItem'))}
          </p>
          {proceeding?.outcome && (
            <p>
              <span className="badge badge--ok">{t(`meeting.outcomes.${proceeding.outcome}`)}</span>
            </p>
          )}
          {(proceeding?.resolutionText ?? item.proposedResolution) && (
            <div className="stack">
              <h3>{proceeding?.resolutionText ? t('meeting.outcomes.resolution') : t('meeting.current.proposed')}</h3>
              <RichText html={(proceeding?.resolutionText ?? item.proposedResolution)!} />
            </div>
          )}
          <div className="stack">
            <h3>{t('meeting.current.materials')}</h3>
            {item.materials.length === 0 ? (
              <p className="muted">{t('meeting.current.noMaterials')}</p>
            ) : (
              <ul>
                {item.materials.map((material) => (
                  <li key={material.id}>
                    <a href={material.downloadUrl}>{material.title}</a> <span className="muted">({material.fileName})</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
      {children}
    </section>
  );
}
