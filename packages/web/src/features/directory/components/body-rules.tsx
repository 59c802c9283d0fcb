import type { BodyRules } from '@collegium/shared/contracts/directory';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { decisionRuleSentences } from '../../decisions/components/decision-rules-fields';
import { correspondenceRuleSentences } from '../../correspondence/components/correspondence-rules-fields';
import { languages } from '../../../lib/i18n/languages';

const frequencies = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
type Frequency = (typeof frequencies)[number];
const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** The parts of an RFC 5545 rule people read; null when the rule says more than we can put in words. */
function parsePattern(pattern: string): { frequency: Frequency; interval: number; days: number[]; hour?: number; minute: number } | null {
  const parts = new Map(pattern.split(';').map((part) => part.split('=') as [string, string]));
  const frequency = frequencies.find((f) => f === parts.get('FREQ'));
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYHOUR', 'BYMINUTE']);
  if (!frequency || [...parts.keys()].some((key) => !known.has(key))) return null;
  const days = (parts.get('BYDAY') ?? '').split(',').filter(Boolean).map((day) => weekdays.indexOf(day));
  if (days.some((day) => day < 0)) return null;
  const interval = Number(parts.get('INTERVAL') ?? '1');
  const hour = parts.has('BYHOUR') ? Number(parts.get('BYHOUR')) : undefined;
  const minute = Number(parts.get('BYMINUTE') ?? '0');
  if (![interval, hour ?? 0, minute].every(Number.isInteger)) return null;
  return { frequency, interval, days, hour, minute };
}

function useMeetingPatternText() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  return (pattern: string): string => {
    const parsed = parsePattern(pattern);
    if (!parsed) return t('directory.rules.meetingPatternRaw', { pattern });
    // 2024-01-01 was a Monday; the weekday names come from the browser in the page's language.
    const dayName = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    const days = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
      parsed.days.map((day) => dayName.format(new Date(Date.UTC(2024, 0, 1 + day)))),
    );
    const time =
      parsed.hour === undefined
        ? ''
        : new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
            new Date(Date.UTC(2024, 0, 1, parsed.hour, parsed.minute)),
          );
    const every = t(`directory.rules.every.${parsed.frequency}`, { count: parsed.interval });
    const onDays = days ? t('directory.rules.onDays', { days }) : '';
    const atTime = time ? t('directory.rules.atTime', { time }) : '';
    return t('directory.rules.meets', { schedule: [every, onDays, atTime].filter(Boolean).join(' ') });
  };
}

/** When invitees are reminded, or that they are not; nothing when the body keeps the default. */
function useRemindersText() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  return (hours: readonly number[]): string => {
    if (hours.length === 0) return t('directory.rules.noReminders');
    const times = new Intl.ListFormat(locale, { type: 'conjunction' }).format(hours.map((count) => t('directory.rules.hoursBefore', { count })));
    return t('directory.rules.remindersAt', { times });
  };
}

/** A language's name in the page's language, e.g. "Slovenian" on an English page. */
function useLanguageName() {
  const { locale } = useFormat();
  return (code: string): string => {
    const name = new Intl.DisplayNames(locale, { type: 'language', fallback: 'none' }).of(code);
    return name ?? languages.find((l) => l.code === code)?.autonym ?? code;
  };
}

/** The rules of procedure as sentences. */
export function BodyRulesList({ rules }: { rules: BodyRules }) {
  const { t } = useTranslation();
  const meetingPatternText = useMeetingPatternText();
  const remindersText = useRemindersText();
  const languageName = useLanguageName();
  const sentences: string[] = [];
  if (rules.quorumRule) sentences.push(t(`directory.rules.quorum.${rules.quorumRule}`));
  if (rules.majorityRule) sentences.push(t(`directory.rules.majority.${rules.majorityRule}`));
  if (rules.abstentions) sentences.push(t(`directory.rules.abstentions.${rules.abstentions}`));
  if (rules.tieBreak) sentences.push(t(`directory.rules.tieBreak.${rules.tieBreak}`));
  if (rules.weightedVotes) sentences.push(t('directory.rules.weightedVotes'));
  if (rules.proxyVoting) sentences.push(t('directory.rules.proxyVoting'));
  if (rules.substitutesMayVote !== undefined)
    sentences.push(t(rules.substitutesMayVote ? 'directory.rules.substitutesVote' : 'directory.rules.substitutesDoNotVote'));
  if (rules.guestsMaySpeak !== undefined)
    sentences.push(t(rules.guestsMaySpeak ? 'directory.rules.guestsSpeak' : 'directory.rules.guestsDoNotSpeak'));
  if (rules.materialsDeadlineDays !== undefined)
    sentences.push(t('directory.rules.materialsDeadline', { count: rules.materialsDeadlineDays }));
  if (rules.reminderHours) sentences.push(remindersText(rules.reminderHours));
  if (rules.language) sentences.push(t('directory.rules.language', { language: languageName(rules.language) }));
  if (rules.meetingPattern) {
    const text = meetingPatternText(rules.meetingPattern);
    sentences.push(rules.timeZone ? t('directory.rules.timeZone', { text, timeZone: rules.timeZone }) : text);
  }
  sentences.push(...decisionRuleSentences(rules, t));
  sentences.push(...correspondenceRuleSentences(rules, t));
  if (sentences.length === 0) return <p className="muted">{t('directory.rules.none')}</p>;
  return (
    <ul className="stack">
      {sentences.map((sentence) => (
        <li key={sentence}>{sentence}</li>
      ))}
    </ul>
  );
}
