import { useTranslation } from 'react-i18next';
import type { Agenda } from '@collegium/shared/contracts/sessions';

/** What changed on the agenda after the session was convened, oldest first. */
export function AgendaChanges({ changes }: { changes: Agenda['changes'] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return null;
  return (
    <section aria-labelledby="agenda-changes" className="stack">
      <h3 id="agenda-changes">{t('sessions.agenda.changes')}</h3>
      <ul>
        {changes.map((change, index) => {
          const title = change.title ?? t('sessions.agenda.hiddenTitle');
          return (
            <li key={`${change.agendaItemId}-${index}`}>
              {change.change === 'moved'
                ? t('sessions.agenda.change.moved', { from: change.fromNumber ?? '', to: change.toNumber ?? '', title })
                : t(`sessions.agenda.change.${change.change}`, { number: change.toNumber ?? change.fromNumber ?? '', title })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
