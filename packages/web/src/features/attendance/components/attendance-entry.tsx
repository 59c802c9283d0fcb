import { ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AttendanceEntry as Entry, AttendanceRoster, AttendanceStatus } from '@collegium/shared/contracts/attendance';
import { Button } from '../../../components/ui/button';

/** What the panel asks for when a button is pressed; it sends it and announces the outcome. */
export type EntryAction =
  | { kind: 'status'; entry: Entry; status: AttendanceStatus }
  | { kind: 'seatSubstitute'; member: Entry }
  | { kind: 'removeGuest'; entry: Entry }
  | { kind: 'changeTime'; entry: Entry };

const inRoom = (status: AttendanceStatus) => status === 'present' || status === 'late';

/** The statuses worth a button for this entry in the session's state. */
function choicesFor(entry: Entry, started: boolean): AttendanceStatus[] {
  if (!started) return entry.kind === 'member' ? ['excused'] : [];
  // a guest added by name has no person to address: present until the close, or removed
  if (entry.kind === 'guest') return entry.personId ? ['present', 'left_early'] : [];
  if (entry.kind === 'substitute') return ['present', 'left_early', 'absent'];
  return ['present', 'late', 'left_early', 'excused', 'absent'];
}

interface Props {
  entry: Entry;
  roster: AttendanceRoster;
  timeOf: (iso: string) => string;
  busy: boolean;
  onAction: (action: EntryAction) => void;
}

/** One person on the roster: who, their status and times, and — for the registrar — one-click status buttons. */
export function AttendanceEntry({ entry, roster, timeOf, busy, onAction }: Props) {
  const { t } = useTranslation();
  const started = roster.sessionStatus === 'in_progress';
  const choices = roster.abilities.manage ? choicesFor(entry, started) : [];
  const details = [
    entry.role ? t(`directory.bodyRoles.${entry.role}`) : null,
    entry.kind === 'member' && !entry.votingRight ? t('attendance.noVote') : null,
    entry.organizationName,
    entry.substituteFor ? t('attendance.substituteFor', { name: entry.substituteFor.name }) : null,
    entry.representedBy ? t('attendance.representedBy', { name: entry.representedBy.name }) : null,
    entry.note,
  ].filter(Boolean);
  const times = [
    entry.arrivedAt && entry.status !== 'present' ? t('attendance.arrived', { time: timeOf(entry.arrivedAt) }) : null,
    entry.arrivedAt && entry.status === 'present' ? t('attendance.since', { time: timeOf(entry.arrivedAt) }) : null,
    entry.leftAt ? t('attendance.left', { time: timeOf(entry.leftAt) }) : null,
  ].filter(Boolean);
  const substitute = entry.namedSubstitute;
  const substituteOnRoster = substitute && roster.substitutes.some((s) => s.personId === substitute.personId && s.id !== null);
  const canChangeTime = roster.abilities.manage && started && entry.personId !== null && (entry.status === 'late' || entry.status === 'left_early');
  const canSeat =
    roster.abilities.manage && started && entry.kind === 'member' && substitute && !inRoom(entry.status) && !entry.representedBy && !substituteOnRoster;

  return (
    <li className="attendance-entry">
      <div className="attendance-entry__who">
        <span>
          <strong>{entry.name}</strong>
          {details.length > 0 && <span className="muted"> — {details.join(', ')}</span>}
        </span>
        <span>
          <span className="attendance-entry__status">{t(`attendance.status.${entry.status}`)}</span>
          {times.length > 0 && <span className="muted"> ({times.join(', ')})</span>}
        </span>
      </div>
      {(choices.length > 0 || canSeat || canChangeTime || (roster.abilities.manage && entry.kind === 'guest')) && (
        <div className="attendance-entry__buttons" role="group" aria-label={t('attendance.statusGroup', { name: entry.name })}>
          {choices.map((status) => (
            <ToggleButton
              key={status}
              className="button button--secondary"
              isSelected={entry.status === status}
              isDisabled={busy}
              aria-label={t('attendance.setStatus', { status: t(`attendance.status.${status}`), name: entry.name })}
              onChange={(selected) => {
                // during the meeting a status is replaced by pressing another; before it, excused toggles off
                if (selected || !started) onAction({ kind: 'status', entry, status: selected ? status : 'expected' });
              }}
            >
              {t(`attendance.status.${status}`)}
            </ToggleButton>
          ))}
          {canSeat && (
            <Button variant="secondary" isDisabled={busy} onPress={() => onAction({ kind: 'seatSubstitute', member: entry })}>
              {t('attendance.seatSubstitute', { name: substitute.name })}
            </Button>
          )}
          {canChangeTime && (
            <Button variant="quiet" isDisabled={busy} onPress={() => onAction({ kind: 'changeTime', entry })} aria-label={t('attendance.time.changeFor', { name: entry.name })}>
              {t('attendance.time.change')}
            </Button>
          )}
          {roster.abilities.manage && started && entry.kind === 'guest' && (
            <Button variant="quiet" isDisabled={busy} onPress={() => onAction({ kind: 'removeGuest', entry })}>
              {t('attendance.removeGuest', { name: entry.name })}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
