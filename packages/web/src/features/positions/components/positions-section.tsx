import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { QueryState } from '../../../components/ui/query-state';
import { useLiveInvalidate } from '../../../lib/live';
import { consentBlockKey, positionsKey, useConsentBlock, usePositions } from '../api/positions';
import { ConsentBlockPanel } from './consent-block-panel';
import { PositionForm } from './position-form';
import '../positions.css';

/**
 * Before the meeting, on the session page: the member's position on each item, and the consent block
 * (for the chair and secretary with the positions per item). Shown to those who may read the session's
 * closed items while it is convened; it follows the session's live events.
 */
export function PositionsSection({ session }: { session: SessionDetail }) {
  const shown = session.status === 'convened' && session.abilities.readClosed;
  return shown ? <PositionsBeforeMeeting session={session} /> : null;
}

function PositionsBeforeMeeting({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const positions = usePositions(session.id);
  const block = useConsentBlock(session.id);
  useLiveInvalidate(`session:${session.id}`, [positionsKey(session.id), consentBlockKey(session.id)]);
  // withdrawn items and late items the chair has not approved take no positions
  const items = session.agenda.items.filter((item) => !item.withdrawn && (!item.late || item.lateApproval === 'approved'));
  const mine = new Map((positions.data?.mine ?? []).map((position) => [position.agendaItemId, position]));
  const error = positions.error ?? block.error;

  return (
    <>
      {positions.data?.seat && positions.data.open && (
        <section aria-labelledby="positions-title" className="stack">
          <h2 id="positions-title">{t('positions.title')}</h2>
          <p className="muted">{t('positions.intro')}</p>
          {positions.data.seat.asSubstitute && <p>{t('positions.asSubstitute', { name: positions.data.seat.person.name })}</p>}
          {items.length === 0 ? (
            <p className="muted">{t('positions.noItems')}</p>
          ) : (
            <ul className="positions">
              {items.map((item) => (
                <li key={item.id}>
                  <PositionForm sessionId={session.id} item={item} current={mine.get(item.id)} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <QueryState isPending={positions.isPending || block.isPending} error={error} onRetry={() => void Promise.all([positions.refetch(), block.refetch()])} />
      {positions.data && block.data && (
        <ConsentBlockPanel sessionId={session.id} items={session.agenda.items} block={block.data} positions={positions.data} manage={session.abilities.manage} />
      )}
    </>
  );
}
