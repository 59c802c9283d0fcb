import type { SupportedLocale } from '@collegium/shared/contracts/auth';
import { latinToCyrillic } from '@collegium/shared/i18n/transliterate';

/** The words of invitation mails in one language; `{x}` marks a value filled in by `fill`. */
export interface MailTexts {
  intl: string;
  ordinal: (n: number) => string;
  kind: Record<'regular' | 'extraordinary' | 'correspondence', string>;
  subject: Record<MailKind, string>;
  hello: string;
  intro: Record<'member' | 'substitute' | 'guest', string>;
  update: string;
  cancel: string;
  postpone: string;
  remind: string;
  sentAsSubstitute: string;
  when: string;
  deadline: string;
  place: string;
  online: string;
  agenda: string;
  withdrawn: string;
  reason: string;
  answer: string;
  page: string;
  notSet: string;
  change: {
    time: string;
    deadline: string;
    place: string;
    online: string;
    added: string;
    withdrawn: string;
    moved: string;
    convened: string;
  };
}

export type MailKind = 'invitation' | 'update' | 'cancel' | 'postpone' | 'reminder' | 'substitute';

const en: MailTexts = {
  intl: 'en-GB',
  ordinal: (n) => {
    const suffix = { one: 'st', two: 'nd', few: 'rd' }[new Intl.PluralRules('en', { type: 'ordinal' }).select(n) as string];
    return `${n}${suffix ?? 'th'}`;
  },
  kind: { regular: '{n} regular session', extraordinary: '{n} extraordinary session', correspondence: '{n} correspondence session' },
  subject: {
    invitation: 'Invitation: {session} – {body}, {when}',
    update: 'Changed: {session} – {body}',
    cancel: 'Cancelled: {session} – {body}',
    postpone: 'Postponed: {session} – {body}',
    reminder: 'Reminder: {session} – {body}, {when}',
    substitute: 'You are sent as a substitute: {session} – {body}',
  },
  hello: 'Hello {name},',
  intro: {
    member: 'you are invited to the {session} of {body}.',
    substitute: 'you are invited, as a substitute, to the {session} of {body}.',
    guest: 'you are invited as a guest to the {session} of {body}.',
  },
  update: 'the {session} of {body} has changed:',
  cancel: 'the {session} of {body} is cancelled.',
  postpone: 'the {session} of {body} is postponed. You will be told the new date.',
  remind: 'this is a reminder of the {session} of {body}.',
  sentAsSubstitute: '{member} cannot attend the {session} of {body} and sends you as their substitute.',
  when: 'When',
  deadline: 'Replies due by',
  place: 'Place',
  online: 'Online',
  agenda: 'Agenda',
  withdrawn: 'withdrawn',
  reason: 'Reason',
  answer: 'Will you attend? Answer here: {link}',
  page: 'The session and its materials: {link}',
  notSet: 'not set',
  change: {
    time: 'Time: {from} → {to}',
    deadline: 'Deadline: {from} → {to}',
    place: 'Place: {from} → {to}',
    online: 'Online link: {from} → {to}',
    added: 'Item {number} “{title}” added',
    withdrawn: 'Item {number} “{title}” withdrawn',
    moved: 'Item “{title}” moved from {from} to {to}',
    convened: 'Convened again',
  },
};

const sl: MailTexts = {
  intl: 'sl',
  ordinal: (n) => `${n}.`,
  kind: { regular: '{n} redna seja', extraordinary: '{n} izredna seja', correspondence: '{n} korespondenčna seja' },
  subject: {
    invitation: 'Vabilo: {session} – {body}, {when}',
    update: 'Spremembe: {session} – {body}',
    cancel: 'Odpovedano: {session} – {body}',
    postpone: 'Preloženo: {session} – {body}',
    reminder: 'Opomnik: {session} – {body}, {when}',
    substitute: 'Pošiljajo vas kot namestnika: {session} – {body}',
  },
  hello: 'Pozdravljeni, {name},',
  intro: {
    member: 'vabimo vas na sejo: {session}, {body}.',
    substitute: 'kot namestnika vas vabimo na sejo: {session}, {body}.',
    guest: 'kot gosta vas vabimo na sejo: {session}, {body}.',
  },
  update: 'seja {session}, {body}, je spremenjena:',
  cancel: 'seja {session}, {body}, je odpovedana.',
  postpone: 'seja {session}, {body}, je preložena. O novem datumu vas bomo obvestili.',
  remind: 'opominjamo vas na sejo {session}, {body}.',
  sentAsSubstitute: '{member} se seje {session}, {body}, ne more udeležiti in vas pošilja kot namestnika.',
  when: 'Čas',
  deadline: 'Odgovori do',
  place: 'Kraj',
  online: 'Na spletu',
  agenda: 'Dnevni red',
  withdrawn: 'umaknjeno',
  reason: 'Razlog',
  answer: 'Se boste udeležili? Odgovorite tukaj: {link}',
  page: 'Seja in gradivo: {link}',
  notSet: 'ni določeno',
  change: {
    time: 'Čas: {from} → {to}',
    deadline: 'Rok: {from} → {to}',
    place: 'Kraj: {from} → {to}',
    online: 'Povezava: {from} → {to}',
    added: 'Dodana točka {number} „{title}“',
    withdrawn: 'Umaknjena točka {number} „{title}“',
    moved: 'Točka „{title}“ premaknjena z {from} na {to}',
    convened: 'Ponovno sklicana',
  },
};

const srLatn: MailTexts = {
  intl: 'sr-Latn',
  ordinal: (n) => `${n}.`,
  kind: { regular: '{n} redovna sednica', extraordinary: '{n} vanredna sednica', correspondence: '{n} korespondentska sednica' },
  subject: {
    invitation: 'Poziv: {session} – {body}, {when}',
    update: 'Izmene: {session} – {body}',
    cancel: 'Otkazano: {session} – {body}',
    postpone: 'Odloženo: {session} – {body}',
    reminder: 'Podsetnik: {session} – {body}, {when}',
    substitute: 'Šalju vas kao zamenika: {session} – {body}',
  },
  hello: 'Poštovani/a {name},',
  intro: {
    member: 'pozvani ste na sednicu: {session}, {body}.',
    substitute: 'kao zamenik ste pozvani na sednicu: {session}, {body}.',
    guest: 'kao gost ste pozvani na sednicu: {session}, {body}.',
  },
  update: 'sednica {session}, {body}, je izmenjena:',
  cancel: 'sednica {session}, {body}, je otkazana.',
  postpone: 'sednica {session}, {body}, je odložena. O novom datumu ćete biti obavešteni.',
  remind: 'podsećamo vas na sednicu {session}, {body}.',
  sentAsSubstitute: '{member} ne može da prisustvuje sednici {session}, {body}, i šalje vas kao zamenika.',
  when: 'Vreme',
  deadline: 'Odgovori do',
  place: 'Mesto',
  online: 'Onlajn',
  agenda: 'Dnevni red',
  withdrawn: 'povučeno',
  reason: 'Razlog',
  answer: 'Da li ćete prisustvovati? Odgovorite ovde: {link}',
  page: 'Sednica i materijali: {link}',
  notSet: 'nije određeno',
  change: {
    time: 'Vreme: {from} → {to}',
    deadline: 'Rok: {from} → {to}',
    place: 'Mesto: {from} → {to}',
    online: 'Onlajn veza: {from} → {to}',
    added: 'Dodata tačka {number} „{title}“',
    withdrawn: 'Povučena tačka {number} „{title}“',
    moved: 'Tačka „{title}“ premeštena sa {from} na {to}',
    convened: 'Ponovo sazvana',
  },
};

const cnr: MailTexts = {
  ...srLatn,
  intl: 'sr-Latn-ME',
  kind: { regular: '{n} redovna sjednica', extraordinary: '{n} vanredna sjednica', correspondence: '{n} korespondentska sjednica' },
  intro: {
    member: 'pozvani ste na sjednicu: {session}, {body}.',
    substitute: 'kao zamjenik ste pozvani na sjednicu: {session}, {body}.',
    guest: 'kao gost ste pozvani na sjednicu: {session}, {body}.',
  },
  subject: { ...srLatn.subject, substitute: 'Šalju vas kao zamjenika: {session} – {body}', reminder: 'Podsjetnik: {session} – {body}, {when}', update: 'Izmjene: {session} – {body}' },
  update: 'sjednica {session}, {body}, je izmijenjena:',
  cancel: 'sjednica {session}, {body}, je otkazana.',
  postpone: 'sjednica {session}, {body}, je odložena. O novom datumu ćete biti obaviješteni.',
  remind: 'podsjećamo vas na sjednicu {session}, {body}.',
  sentAsSubstitute: '{member} ne može da prisustvuje sjednici {session}, {body}, i šalje vas kao zamjenika.',
  when: 'Vrijeme',
  place: 'Mjesto',
  page: 'Sjednica i materijali: {link}',
  change: { ...srLatn.change, time: 'Vrijeme: {from} → {to}', place: 'Mjesto: {from} → {to}', moved: 'Tačka „{title}“ premještena sa {from} na {to}' },
};

const el: MailTexts = {
  intl: 'el',
  ordinal: (n) => `${n}η`,
  kind: { regular: '{n} τακτική συνεδρίαση', extraordinary: '{n} έκτακτη συνεδρίαση', correspondence: '{n} συνεδρίαση δι’ αλληλογραφίας' },
  subject: {
    invitation: 'Πρόσκληση: {session} – {body}, {when}',
    update: 'Αλλαγές: {session} – {body}',
    cancel: 'Ακύρωση: {session} – {body}',
    postpone: 'Αναβολή: {session} – {body}',
    reminder: 'Υπενθύμιση: {session} – {body}, {when}',
    substitute: 'Ορίζεστε αναπληρωτής: {session} – {body}',
  },
  hello: 'Καλημέρα {name},',
  intro: {
    member: 'καλείστε στην {session} του οργάνου {body}.',
    substitute: 'καλείστε, ως αναπληρωτής, στην {session} του οργάνου {body}.',
    guest: 'καλείστε ως προσκεκλημένος στην {session} του οργάνου {body}.',
  },
  update: 'η {session} του οργάνου {body} άλλαξε:',
  cancel: 'η {session} του οργάνου {body} ακυρώνεται.',
  postpone: 'η {session} του οργάνου {body} αναβάλλεται. Θα ενημερωθείτε για τη νέα ημερομηνία.',
  remind: 'υπενθύμιση για την {session} του οργάνου {body}.',
  sentAsSubstitute: 'Ο/Η {member} δεν μπορεί να παραστεί στην {session} του οργάνου {body} και σας ορίζει αναπληρωτή.',
  when: 'Πότε',
  deadline: 'Απαντήσεις έως',
  place: 'Τόπος',
  online: 'Διαδικτυακά',
  agenda: 'Ημερήσια διάταξη',
  withdrawn: 'αποσύρθηκε',
  reason: 'Αιτία',
  answer: 'Θα παραστείτε; Απαντήστε εδώ: {link}',
  page: 'Η συνεδρίαση και το υλικό της: {link}',
  notSet: 'δεν έχει οριστεί',
  change: {
    time: 'Ώρα: {from} → {to}',
    deadline: 'Προθεσμία: {from} → {to}',
    place: 'Τόπος: {from} → {to}',
    online: 'Σύνδεσμος: {from} → {to}',
    added: 'Προστέθηκε το θέμα {number} «{title}»',
    withdrawn: 'Αποσύρθηκε το θέμα {number} «{title}»',
    moved: 'Το θέμα «{title}» μετακινήθηκε από {from} σε {to}',
    convened: 'Συγκλήθηκε ξανά',
  },
};

/** Every word of the texts transliterated before values are filled in, so names, links and addresses keep their script. */
function toCyrillic<T>(texts: T): T {
  if (typeof texts === 'string') return latinToCyrillic(texts) as T;
  if (typeof texts !== 'object' || texts === null) return texts;
  return Object.fromEntries(Object.entries(texts).map(([key, value]) => [key, toCyrillic(value)])) as T;
}

/** Serbian Cyrillic is the Serbian Latin text transliterated, as in the web app, never kept twice. */
const srCyrl: MailTexts = { ...toCyrillic(srLatn), intl: 'sr-Cyrl' };

/** Mails in the recipient's language. */
const byLocale: Record<SupportedLocale, MailTexts> = { en, sl, 'sr-Latn': srLatn, 'sr-Cyrl': srCyrl, cnr, el };

export const mailTexts = (locale: string | null | undefined): MailTexts =>
  byLocale[(locale ?? 'en') as SupportedLocale] ?? en;

/** Fills `{name}` placeholders. */
export const fill = (pattern: string, values: Record<string, string | number>): string =>
  pattern.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
