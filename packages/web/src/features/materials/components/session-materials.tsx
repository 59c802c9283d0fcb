import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { isEditable } from '@collegium/shared/domain/session-lifecycle';
import { useLiveInvalidate } from '../../../lib/live';
import { sessionQueryOptions } from '../../sessions/api/get-session';
import { useSessionFormat } from '../../sessions/use-session-format';
import { ItemMaterials } from './item-materials';
import '../materials.css';

/**
 * The materials of every agenda item the caller may see, with the submission deadline. Items whose title
 * is hidden from the caller (closed items) are left out: their materials are hidden too.
 */
export function SessionMaterials({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const format = useSessionFormat();
  useLiveInvalidate(`session:${session.id}`, [sessionQueryOptions(session.id).queryKey]);
  const editable = session.abilities.manage && isEditable(session.status);
  const items = session.agenda.items.filter((item) => item.title !== null);
  const deadline = session.materialsDeadline;
  const deadlinePassed = deadline !== null && new Date(deadline).getTime() < Date.now();

  return (
    <section aria-labelledby="materials-title" className="stack">
      <h2 id="materials-title">{t('materials.title')}</h2>
      {deadline && (
        <p>
          {t('materials.deadline', { when: format.when(deadline, session.timeZone) })}
          {deadlinePassed && editable ? ` ${t('materials.deadlinePassed')}` : ''}
        </p>
      )}
      {items.length === 0 ? <p className="muted">{t('materials.noItems')}</p> : items.map((item) => <ItemMaterials key={item.id} session={session} item={item} editable={editable} />)}
    </section>
  );
}
