import type { SupportedLocale } from '@collegium/shared/contracts/auth';
import { latinToCyrillic } from '@collegium/shared/i18n/transliterate';

/** The words of a correspondence reminder in one language; `{x}` marks a value filled in. */
interface ReminderTexts {
  intl: string;
  subject: string;
  hello: string;
  body: string;
  how: string;
  page: string;
}

const en: ReminderTexts = {
  intl: 'en-GB',
  subject: 'Reminder: answer by {deadline} – {item}',
  hello: 'Hello {name},',
  body: '{body} decides “{item}” by correspondence. You have not answered yet; the answers close on {deadline}.',
  how: 'You may vote for or against, abstain, write a position, or ask for the item to be withdrawn.',
  page: 'Answer here:',
};

const sl: ReminderTexts = {
  intl: 'sl-SI',
  subject: 'Opomnik: odgovorite do {deadline} – {item}',
  hello: 'Pozdravljeni, {name},',
  body: '{body} o točki »{item}« odloča na korespondenčni seji. Niste še odgovorili; odgovori se zaprejo {deadline}.',
  how: 'Glasujete lahko za ali proti, se vzdržite, napišete stališče ali predlagate umik točke.',
  page: 'Odgovorite tukaj:',
};

const srLatn: ReminderTexts = {
  intl: 'sr-Latn',
  subject: 'Podsetnik: odgovorite do {deadline} – {item}',
  hello: 'Poštovani/a {name},',
  body: '{body} o tački „{item}” odlučuje na korespondentskoj sednici. Još niste odgovorili; odgovori se zatvaraju {deadline}.',
  how: 'Možete glasati za ili protiv, biti uzdržani, napisati stav ili zatražiti povlačenje tačke.',
  page: 'Odgovorite ovde:',
};

const cnr: ReminderTexts = {
  ...srLatn,
  intl: 'sr-Latn-ME',
  subject: 'Podsjetnik: odgovorite do {deadline} – {item}',
  body: '{body} o tački „{item}” odlučuje na korespondentskoj sjednici. Još niste odgovorili; odgovori se zatvaraju {deadline}.',
  page: 'Odgovorite ovdje:',
};

const el: ReminderTexts = {
  intl: 'el-GR',
  subject: 'Υπενθύμιση: απαντήστε έως {deadline} – {item}',
  hello: 'Γεια σας {name},',
  body: 'Το όργανο {body} αποφασίζει δι’ αλληλογραφίας για το θέμα «{item}». Δεν έχετε απαντήσει ακόμη· οι απαντήσεις κλείνουν {deadline}.',
  how: 'Μπορείτε να ψηφίσετε υπέρ ή κατά, να απέχετε, να γράψετε θέση ή να ζητήσετε την απόσυρση του θέματος.',
  page: 'Απαντήστε εδώ:',
};

/** Serbian Cyrillic is the Serbian Latin text transliterated, never kept twice. */
const srCyrl: ReminderTexts = {
  ...(Object.fromEntries(Object.entries(srLatn).map(([key, value]) => [key, latinToCyrillic(value)])) as unknown as ReminderTexts),
  intl: 'sr-Cyrl',
};

const byLocale: Record<SupportedLocale, ReminderTexts> = { en, sl, 'sr-Latn': srLatn, 'sr-Cyrl': srCyrl, cnr, el };

const fill = (pattern: string, values: Record<string, string>): string => pattern.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

export interface ReminderMailInput {
  locale: string | null;
  name: string;
  bodyName: string;
  itemTitle: string;
  deadlineAt: Date;
  timeZone: string;
  link: string;
}

/** A reminder to answer a correspondence item, in the recipient's language. */
export function composeReminderMail(input: ReminderMailInput): { subject: string; text: string } {
  const texts = byLocale[(input.locale ?? 'en') as SupportedLocale] ?? en;
  const deadline = new Intl.DateTimeFormat(texts.intl, { timeZone: input.timeZone, dateStyle: 'full', timeStyle: 'short' }).format(input.deadlineAt);
  const values = { name: input.name, body: input.bodyName, item: input.itemTitle, deadline };
  return {
    subject: fill(texts.subject, values),
    text: [fill(texts.hello, values), '', fill(texts.body, values), texts.how, '', `${texts.page} ${input.link}`, ''].join('\n'),
  };
}
