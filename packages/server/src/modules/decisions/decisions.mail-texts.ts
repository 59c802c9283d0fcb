import type { SupportedLocale } from '@collegium/shared/contracts/auth';
import { latinToCyrillic } from '@collegium/shared/i18n/transliterate';

/** The words of decision reminder mails in one language; `{x}` marks a value filled in by `fill`. */
export interface DecisionMailTexts {
  intl: string;
  subjectBefore: string;
  subjectAfter: string;
  hello: string;
  before: string;
  after: string;
  decision: string;
  body: string;
  deadline: string;
  status: string;
  statuses: Record<'open' | 'in_progress', string>;
  report: string;
}

const en: DecisionMailTexts = {
  intl: 'en-GB',
  subjectBefore: 'Deadline approaching: decision {number} – {body}',
  subjectAfter: 'Overdue: decision {number} – {body}',
  hello: 'Hello,',
  before: 'the deadline of a decision you are responsible for, or follow as secretary, is {deadline}.',
  after: 'the deadline of a decision you are responsible for, or follow as secretary, was {deadline}; the decision is overdue.',
  decision: 'Decision',
  body: 'Body',
  deadline: 'Deadline',
  status: 'Status',
  statuses: { open: 'open', in_progress: 'in progress' },
  report: 'Report progress or mark it done here: {link}',
};

const sl: DecisionMailTexts = {
  intl: 'sl',
  subjectBefore: 'Rok se izteka: sklep {number} – {body}',
  subjectAfter: 'Rok je potekel: sklep {number} – {body}',
  hello: 'Pozdravljeni,',
  before: 'rok za izvedbo sklepa, za katerega ste odgovorni ali ga spremljate kot tajnik, je {deadline}.',
  after: 'rok za izvedbo sklepa, za katerega ste odgovorni ali ga spremljate kot tajnik, je bil {deadline}; sklep je v zamudi.',
  decision: 'Sklep',
  body: 'Organ',
  deadline: 'Rok',
  status: 'Stanje',
  statuses: { open: 'odprt', in_progress: 'v izvajanju' },
  report: 'Poročajte o napredku ali ga označite kot izvršenega tukaj: {link}',
};

const srLatn: DecisionMailTexts = {
  intl: 'sr-Latn',
  subjectBefore: 'Rok ističe: odluka {number} – {body}',
  subjectAfter: 'Rok je istekao: odluka {number} – {body}',
  hello: 'Poštovani,',
  before: 'rok za izvršenje odluke za koju ste odgovorni ili je pratite kao sekretar je {deadline}.',
  after: 'rok za izvršenje odluke za koju ste odgovorni ili je pratite kao sekretar bio je {deadline}; odluka kasni.',
  decision: 'Odluka',
  body: 'Organ',
  deadline: 'Rok',
  status: 'Status',
  statuses: { open: 'otvorena', in_progress: 'u toku' },
  report: 'Izvestite o napretku ili je označite kao izvršenu ovde: {link}',
};

const cnr: DecisionMailTexts = {
  ...srLatn,
  intl: 'sr-Latn-ME',
  before: 'rok za izvršenje odluke za koju ste odgovorni ili je pratite kao sekretar je {deadline}.',
  report: 'Izvijestite o napretku ili je označite kao izvršenu ovdje: {link}',
};

const el: DecisionMailTexts = {
  intl: 'el',
  subjectBefore: 'Λήγει η προθεσμία: απόφαση {number} – {body}',
  subjectAfter: 'Εκπρόθεσμη: απόφαση {number} – {body}',
  hello: 'Καλημέρα,',
  before: 'η προθεσμία μιας απόφασης για την οποία είστε υπεύθυνοι ή την παρακολουθείτε ως γραμματέας είναι {deadline}.',
  after: 'η προθεσμία μιας απόφασης για την οποία είστε υπεύθυνοι ή την παρακολουθείτε ως γραμματέας ήταν {deadline}· η απόφαση είναι εκπρόθεσμη.',
  decision: 'Απόφαση',
  body: 'Όργανο',
  deadline: 'Προθεσμία',
  status: 'Κατάσταση',
  statuses: { open: 'ανοιχτή', in_progress: 'σε εξέλιξη' },
  report: 'Αναφέρετε την πρόοδο ή σημειώστε την ως εκτελεσμένη εδώ: {link}',
};

/** Serbian Cyrillic is the Serbian Latin text transliterated, as in the web app. */
const srCyrl: DecisionMailTexts = {
  ...srLatn,
  ...Object.fromEntries(
    Object.entries(srLatn).filter((entry): entry is [string, string] => typeof entry[1] === 'string').map(([key, value]) => [key, latinToCyrillic(value)]),
  ),
  statuses: { open: latinToCyrillic(srLatn.statuses.open), in_progress: latinToCyrillic(srLatn.statuses.in_progress) },
  intl: 'sr-Cyrl',
};

const byLocale: Record<SupportedLocale, DecisionMailTexts> = { en, sl, 'sr-Latn': srLatn, 'sr-Cyrl': srCyrl, cnr, el };

export const decisionMailTexts = (locale: string | null | undefined): DecisionMailTexts => byLocale[(locale ?? 'en') as SupportedLocale] ?? en;
