import { useTranslation } from 'react-i18next';
import type { MinutesAttendance, MinutesContent, MinutesPerson } from '@collegium/shared/contracts/minutes';
import { useFormat } from '../../../lib/format';

const personText = (person: MinutesPerson) => [person.name, person.role, person.organization].filter(Boolean).join(', ');

function People({ label, people }: { label: string; people: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {people.length === 0 ? (
          t('minutes.facts.nobody')
        ) : (
          <ul className="minutes-people">
            {people.map((text, index) => (
              <li key={index}>{text}</li>
            ))}
          </ul>
        )}
      </dd>
    </>
  );
}

/** Who was present, excused, absent, who substituted for whom and, unless left out (the public version has none), the guests. */
export function AttendanceFacts({ attendance, withGuests = true }: { attendance: MinutesAttendance; withGuests?: boolean }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <People label={t('minutes.facts.present')} people={attendance.present.map(personText)} />
      <People label={t('minutes.facts.excused')} people={attendance.excused.map(personText)} />
      <People label={t('minutes.facts.absent')} people={attendance.absent.map(personText)} />
      <People
        label={t('minutes.facts.substitutes')}
        people={attendance.substitutes.map((s) => t('minutes.facts.substituteFor', { person: personText(s), absent: s.substituteFor }))}
      />
      {withGuests && <People label={t('minutes.facts.guests')} people={attendance.guests.map(personText)} />}
    </dl>
  );
}

/** When the agenda was adopted and the amendments put to the meeting before. */
export function AgendaFacts({ agenda }: { agenda: MinutesContent['agenda'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <p>{agenda.adoptedAt ? t('minutes.facts.adoptedAt', { when: format.dateTime(agenda.adoptedAt) }) : t('minutes.facts.notAdopted')}</p>
      {agenda.amendments.length > 0 && (
        <ul>
          {agenda.amendments.map((amendment, index) => (
            <li key={index}>
              {amendment.text}
              {amendment.proposer ? ` (${t('minutes.facts.proposedBy', { name: amendment.proposer })})` : ''} — {amendment.decision}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** What the session recorded, frozen in the draft: attendance and the adopted agenda with its amendments. Read-only. */
export function RecordedFacts({ content }: { content: MinutesContent }) {
  const { t } = useTranslation();
  return (
    <section className="card stack" aria-labelledby="minutes-facts">
      <h2 id="minutes-facts">{t('minutes.facts.heading')}</h2>
      <p className="muted">{t('minutes.facts.intro')}</p>
      <h3>{t('minutes.facts.attendance')}</h3>
      <AttendanceFacts attendance={content.attendance} />
      <h3>{t('minutes.facts.agenda')}</h3>
      <AgendaFacts agenda={content.agenda} />
    </section>
  );
}
