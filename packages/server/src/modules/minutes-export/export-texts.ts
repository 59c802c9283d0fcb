import { exportLanguages } from '@collegium/shared/contracts/minutes-export';
import { transliterateTree, type MessageTree } from '@collegium/shared/i18n/transliterate';
import { greekTexts } from './export-texts.el.js';
import { montenegrinTexts, serbianLatinTexts, slovenianTexts } from './export-texts.south-slavic.js';

/**
 * The words of the minutes exports (PDF, DOCX, excerpts and the excerpt's mail). Templates mark values with
 * `{name}`, which the Serbian transliteration leaves alone, so the Cyrillic texts are made from the Latin ones.
 */
export type ExportLanguage = (typeof exportLanguages)[number];
export const isExportLanguage = (value: unknown): value is ExportLanguage =>
  typeof value === 'string' && (exportLanguages as readonly string[]).includes(value);

type SessionKinds = Record<'regular' | 'extraordinary' | 'correspondence', string>;

export interface ExportTexts {
  /** the session kind as in "the minutes of the … session" and as in "at the … session" */
  kindOf: SessionKinds;
  kindAt: SessionKinds;
  title: string;
  excerptTitle: string;
  certification: string;
  approved: string;
  draft: string;
  draftNote: string;
  publicNote: string;
  date: string;
  time: string;
  place: string;
  chair: string;
  attendance: string;
  present: string;
  excused: string;
  absent: string;
  substitutes: string;
  substituteFor: string;
  guests: string;
  nobody: string;
  agenda: string;
  agendaAdopted: string;
  amendments: string;
  amendmentKind: Record<'add' | 'withdraw' | 'move', string>;
  amendmentDecision: Record<'accepted' | 'rejected', string>;
  proposedBy: string;
  opening: string;
  closing: string;
  rapporteur: string;
  discussion: string;
  vote: string;
  method: Record<'hands_totals' | 'hands_named' | 'named' | 'secret', string>;
  option: string;
  votes: string;
  voters: string;
  passed: string;
  notPassed: string;
  annulled: string;
  namedVotes: string;
  outcome: string;
  outcomes: Record<'noted' | 'adopted' | 'adopted_with_amendments' | 'postponed' | 'withdrawn' | 'rejected', string>;
  resolution: string;
  decisions: string;
  page: string;
  mailSubject: string;
  mailText: string;
}

const english: ExportTexts = {
  kindOf: { regular: 'regular', extraordinary: 'extraordinary', correspondence: 'correspondence' },
  kindAt: { regular: 'regular', extraordinary: 'extraordinary', correspondence: 'correspondence' },
  title: 'Minutes of the {n} {kind} session of {body}',
  excerptTitle: 'Excerpt from the minutes of the {n} {kind} session of {body}',
  certification: 'Excerpt from the minutes of the {n} {kind} session of {body}, approved at the {approvedN} {approvedKind} session on {date}.',
  approved: 'Approved at the {n} {kind} session on {date}.',
  draft: 'DRAFT',
  draftNote: 'Draft minutes, version {version}: not approved.',
  publicNote: 'Public version: items discussed in closed session are left out.',
  date: 'Date',
  time: 'Time',
  place: 'Place',
  chair: 'Chair',
  attendance: 'Attendance',
  present: 'Present',
  excused: 'Excused',
  absent: 'Absent',
  substitutes: 'Substitutes',
  substituteFor: 'for {name}',
  guests: 'Guests',
  nobody: 'none',
  agenda: 'Agenda',
  agendaAdopted: 'The agenda was adopted at {time}.',
  amendments: 'Amendments to the agenda',
  amendmentKind: { add: 'Add', withdraw: 'Withdraw', move: 'Move' },
  amendmentDecision: { accepted: 'accepted', rejected: 'rejected' },
  proposedBy: 'proposed by {name}',
  opening: 'Opening',
  closing: 'Closing',
  rapporteur: 'Rapporteur',
  discussion: 'Discussion',
  vote: 'Vote',
  method: { hands_totals: 'show of hands', hands_named: 'show of hands, by name', named: 'named vote', secret: 'secret ballot' },
  option: 'Option',
  votes: 'Votes',
  voters: 'Voters',
  passed: 'The proposal passed.',
  notPassed: 'The proposal did not pass.',
  annulled: 'The vote was annulled: {reason}',
  namedVotes: 'Votes by name',
  outcome: 'Outcome',
  outcomes: {
    noted: 'noted',
    adopted: 'adopted',
    adopted_with_amendments: 'adopted with amendments',
    postponed: 'postponed',
    withdrawn: 'withdrawn',
    rejected: 'rejected',
  },
  resolution: 'Resolution',
  decisions: 'Decisions',
  page: 'Page {page} of {total}',
  mailSubject: 'Excerpt from the minutes: item {number}, {item}',
  mailText:
    'Attached is the excerpt of item {number} "{item}" from the minutes of the {n} {kind} session of {body}, approved on {date}.',
};

const englishSuffixes: Record<string, string> = { one: 'st', two: 'nd', few: 'rd' };
const englishOrdinals = new Intl.PluralRules('en', { type: 'ordinal' });

const serbianCyrillic = transliterateTree(serbianLatinTexts as unknown as MessageTree) as unknown as ExportTexts;

const dictionary: Readonly<Record<ExportLanguage, ExportTexts>> = {
  en: english,
  sl: slovenianTexts,
  'sr-Latn': serbianLatinTexts,
  'sr-Cyrl': serbianCyrillic,
  cnr: montenegrinTexts,
  el: greekTexts,
};

/** The locale Intl formats dates with (ICU has no cnr). */
const locales: Readonly<Record<ExportLanguage, string>> = {
  en: 'en-GB',
  sl: 'sl',
  'sr-Latn': 'sr-Latn',
  'sr-Cyrl': 'sr-Cyrl',
  cnr: 'sr-Latn-ME',
  el: 'el',
};

export interface ExportWords {
  readonly language: ExportLanguage;
  readonly texts: ExportTexts;
  /** a template filled with values, as `{name}` marks them */
  fill(template: string, values: Record<string, string | number>): string;
  /** the session's number as an ordinal in this language: "12th", "12.", "12η" */
  ordinal(n: number): string;
  /** "Tuesday, 3 March 2026" and "10:00" in the session's time zone */
  day(at: string, timeZone: string): string;
  clock(at: string, timeZone: string): string;
}

export function exportWords(language: ExportLanguage): ExportWords {
  const locale = locales[language];
  return {
    language,
    texts: dictionary[language],
    fill: (template, values) => template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole)),
    ordinal: (n) =>
      language === 'en' ? `${n}${englishSuffixes[englishOrdinals.select(n)] ?? 'th'}` : language === 'el' ? `${n}η` : `${n}.`,
    day: (at, timeZone) => new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone }).format(new Date(at)),
    clock: (at, timeZone) => new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(new Date(at)),
  };
}
