import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceEntry as Entry, AttendanceRoster } from '@collegium/shared/contracts/attendance';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { QueryState } from '../../../components/ui/query-state';
import { ApiError } from '../../../lib/api-client';
import { useErrorText } from '../../../lib/error-text';
import { intlLocale } from '../../../lib/i18n/languages';
import { useAttendance, useAttendanceChange } from '../api/attendance';
import { AttendanceEntry, type EntryAction } from './attendance-entry';
import { GuestDialog } from './guest-dialog';
import { QuorumIndicator, useQuorumText } from './quorum-indicator';
import { TimeDialog } from './time-dialog';
import '../attendance.css';

function Group({ id, title, entries, empty, render }: { id: string; title: string; entries: Entry[]; empty: string; render: (entry: Entry) => React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="stack">
      <h3 id={id}>
        {title} <span className="muted">({entries.length})</span>
      </h3>
      {entries.length === 0 ? <p className="muted">{empty}</p> : <ul className="attendance-list">{entries.map(render)}</ul>}
    </section>
  );
}

function introKey(roster: AttendanceRoster) {
  if (roster.frozen) return 'attendance.frozen';
  if (roster.sessionStatus === 'in_progress') return roster.abilities.manage ? 'attendance.registerIntro' : 'attendance.liveIntro';
  return 'attendance.expectedIntro';
}

/**
 * The attendance of a session: members, substitutes and guests with their status and times, the quorum,
 * and for the chair or secretary one-click registration. `sessionStatus`, when given, is the status the page
 * knows: the roster is read again when it moves. Every change here or on another screen shows
 * up live; each change made here is announced to screen readers with the quorum it leaves.
 */
export function AttendancePanel({ sessionId, timeZone, sessionStatus }: { sessionId: string; timeZone: string; sessionStatus?: string }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const quorumText = useQuorumText();
  const { data: roster, isPending, error, refetch } = useAttendance(sessionId);
  const change = useAttendanceChange(sessionId);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [addingGuest, setAddingGuest] = useState(false);
  const [timing, setTiming] = useState<Entry | null>(null);
  // starting writes the roster and closing freezes it: read it again when the page sees the status move
  const staleStatus = roster !== undefined && sessionStatus !== undefined && roster.sessionStatus !== sessionStatus;
  useEffect(() => {
    if (staleStatus) void refetch();
  }, [staleStatus, refetch]);
  const time = new Intl.DateTimeFormat(intlLocale(i18n.language), { timeStyle: 'short', timeZone });
  const timeOf = (iso: string) => time.format(new Date(iso));

  const announce = (what: string, after: AttendanceRoster) => setAnnouncement(`${what} ${quorumText(after.quorum)}.`);
  const act = (action: EntryAction) => {
    setAnnouncement(null);
    if (action.kind === 'changeTime') {
      setTiming(action.entry);
      return;
    }
    if (action.kind === 'removeGuest') {
      change.mutate({ kind: 'removeGuest', guestId: action.entry.id ?? '' }, { onSuccess: (after) => announce(t('attendance.guest.removed', { name: action.entry.name }), after) });
      return;
    }
    const [entry, personId, input] =
      action.kind === 'seatSubstitute'
        ? [action.member, action.member.namedSubstitute!.personId, { status: 'present' as const, substituteFor: action.member.personId! }]
        : [action.entry, action.entry.personId ?? '', { status: action.status }];
    const name = action.kind === 'seatSubstitute' ? action.member.namedSubstitute!.name : entry.name;
    change.mutate(
      { kind: 'record', personId, input },
      { onSuccess: (after) => announce(`${name}: ${t(`attendance.status.${input.status}`)}.`, after) },
    );
  };
  const checkIn = () =>
    change.mutate({ kind: 'checkIn' }, { onSuccess: (after) => announce(t('attendance.checkedIn'), after) });

  const render = (entry: Entry) => (
    <AttendanceEntry key={entry.id ?? entry.personId ?? entry.name} entry={entry} roster={roster!} timeOf={timeOf} busy={change.isPending} onAction={act} />
  );

  // who may read the session but not its attendance (the public before the close) sees no panel at all
  if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return null;
  return (
    <section aria-labelledby="attendance-title" className="stack">
      <h2 id="attendance-title">{t('attendance.title')}</h2>
      <StatusMessage message={announcement} />
      <QueryState isPending={isPending} error={error} onRetry={() => void refetch()} />
      {roster && (
        <>
          <QuorumIndicator quorum={roster.quorum} />
          <p className="muted">{t(introKey(roster))}</p>
          {change.error && <Alert tone="error">{errorText(change.error)}</Alert>}
          <div className="actions">
            {roster.abilities.checkIn && (
              <Button onPress={checkIn} isPending={change.isPending}>
                {t('attendance.checkIn')}
              </Button>
            )}
            {roster.abilities.manage && roster.sessionStatus === 'in_progress' && (
              <Button variant="secondary" onPress={() => setAddingGuest(true)}>
                {t('attendance.guest.open')}
              </Button>
            )}
          </div>
          <Group id="attendance-members" title={t('attendance.groups.members')} entries={roster.members} empty={t('attendance.none.members')} render={render} />
          <Group id="attendance-substitutes" title={t('attendance.groups.substitutes')} entries={roster.substitutes} empty={t('attendance.none.substitutes')} render={render} />
          <Group id="attendance-guests" title={t('attendance.groups.guests')} entries={roster.guests} empty={t('attendance.none.guests')} render={render} />
          {timing && (
            <TimeDialog
              sessionId={sessionId}
              entry={timing}
              onClose={() => setTiming(null)}
              onSaved={(after) => {
                setTiming(null);
                announce(t('attendance.time.saved', { name: timing.name }), after);
              }}
            />
          )}
          {addingGuest && (
            <GuestDialog
              sessionId={sessionId}
              onClose={() => setAddingGuest(false)}
              onAdded={(name, after) => {
                setAddingGuest(false);
                announce(t('attendance.guest.added', { name }), after);
              }}
            />
          )}
        </>
      )}
    </section>
  );
}
