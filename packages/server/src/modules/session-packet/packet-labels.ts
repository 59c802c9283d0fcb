/**
 * The few words a session packet prints, in the languages of the installation. The packet is built once per
 * variant, not per reader, so it speaks the body's language (rules.language), else the installation's.
 */
export const packetLanguages = ['en', 'sl', 'sr-Latn', 'sr-Cyrl', 'cnr', 'el'] as const;
export type PacketLanguage = (typeof packetLanguages)[number];

export const isPacketLanguage = (value: unknown): value is PacketLanguage =>
  typeof value === 'string' && (packetLanguages as readonly string[]).includes(value);

type ItemKind = 'information' | 'decision' | 'discussion' | 'report' | 'consent_request' | 'any_other_business';
type SessionKind = 'regular' | 'extraordinary' | 'correspondence';

export interface PacketLabels {
  readonly agenda: string;
  readonly contents: string;
  readonly page: (page: number, total: number) => string;
  readonly rapporteur: string;
  readonly place: string;
  readonly online: string;
  readonly deadline: string;
  readonly notIncluded: (type: string) => string;
  readonly couldNotBeIncluded: string;
  readonly late: string;
  readonly awaitingApproval: string;
  readonly withdrawn: string;
  readonly closedItem: string;
  readonly noMaterials: string;
  readonly draftNote: string;
  readonly itemKinds: Readonly<Record<ItemKind, string>>;
  readonly sessionName: (kind: SessionKind, number: number) => string;
  /** the locale Intl formats dates with (ICU has no cnr) */
  readonly locale: string;
}

const english: PacketLabels = {
  agenda: 'Agenda',
  contents: 'Contents',
  page: (page, total) => `Page ${page} of ${total}`,
  rapporteur: 'Rapporteur',
  place: 'Place',
  online: 'Online',
  deadline: 'Deadline',
  notIncluded: (type) => `not included (${type})`,
  couldNotBeIncluded: 'could not be included',
  late: 'late',
  awaitingApproval: 'awaiting the chair’s approval',
  withdrawn: 'withdrawn',
  closedItem: 'closed item',
  noMaterials: 'no materials',
  draftNote: 'Draft for the body’s managers: includes late material not yet approved.',
  itemKinds: {
    information: 'Information',
    decision: 'Decision',
    discussion: 'Discussion',
    report: 'Report',
    consent_request: 'Consent request',
    any_other_business: 'Any other business',
  },
  sessionName: (kind, number) => `${englishOrdinal(number)} ${kind} session`,
  locale: 'en-GB',
};

const slovenian: PacketLabels = {
  agenda: 'Dnevni red',
  contents: 'Kazalo',
  page: (page, total) => `Stran ${page} od ${total}`,
  rapporteur: 'Poročevalec',
  place: 'Kraj',
  online: 'Na daljavo',
  deadline: 'Rok',
  notIncluded: (type) => `ni vključeno (${type})`,
  couldNotBeIncluded: 'ni bilo mogoče vključiti',
  late: 'prepozno',
  awaitingApproval: 'čaka na odobritev predsedujočega',
  withdrawn: 'umaknjeno',
  closedItem: 'zaprta točka',
  noMaterials: 'brez gradiva',
  draftNote: 'Osnutek za vodstvo telesa: vsebuje še neodobreno prepozno gradivo.',
  itemKinds: {
    information: 'Informacija',
    decision: 'Odločitev',
    discussion: 'Razprava',
    report: 'Poročilo',
    consent_request: 'Predlog za soglasje',
    any_other_business: 'Razno',
  },
  sessionName: (kind, number) =>
    `${number}. ${{ regular: 'redna', extraordinary: 'izredna', correspondence: 'korespondenčna' }[kind]} seja`,
  locale: 'sl',
};

const serbianLatin: PacketLabels = {
  agenda: 'Dnevni red',
  contents: 'Sadržaj',
  page: (page, total) => `Strana ${page} od ${total}`,
  rapporteur: 'Izvestilac',
  place: 'Mesto',
  online: 'Na daljinu',
  deadline: 'Rok',
  notIncluded: (type) => `nije uključeno (${type})`,
  couldNotBeIncluded: 'nije moglo biti uključeno',
  late: 'sa zakašnjenjem',
  awaitingApproval: 'čeka odobrenje predsedavajućeg',
  withdrawn: 'povučeno',
  closedItem: 'zatvorena tačka',
  noMaterials: 'bez materijala',
  draftNote: 'Nacrt za rukovodstvo tela: sadrži još neodobreni zakasneli materijal.',
  itemKinds: {
    information: 'Informacija',
    decision: 'Odluka',
    discussion: 'Rasprava',
    report: 'Izveštaj',
    consent_request: 'Zahtev za saglasnost',
    any_other_business: 'Razno',
  },
  sessionName: (kind, number) =>
    `${number}. ${{ regular: 'redovna', extraordinary: 'vanredna', correspondence: 'korespondentska' }[kind]} sednica`,
  locale: 'sr-Latn',
};

const serbianCyrillic: PacketLabels = {
  agenda: 'Дневни ред',
  contents: 'Садржај',
  page: (page, total) => `Страна ${page} од ${total}`,
  rapporteur: 'Известилац',
  place: 'Место',
  online: 'На даљину',
  deadline: 'Рок',
  notIncluded: (type) => `није укључено (${type})`,
  couldNotBeIncluded: 'није могло бити укључено',
  late: 'са закашњењем',
  awaitingApproval: 'чека одобрење председавајућег',
  withdrawn: 'повучено',
  closedItem: 'затворена тачка',
  noMaterials: 'без материјала',
  draftNote: 'Нацрт за руководство тела: садржи још неодобрени закаснели материјал.',
  itemKinds: {
    information: 'Информација',
    decision: 'Одлука',
    discussion: 'Расправа',
    report: 'Извештај',
    consent_request: 'Захтев за сагласност',
    any_other_business: 'Разно',
  },
  sessionName: (kind, number) =>
    `${number}. ${{ regular: 'редовна', extraordinary: 'ванредна', correspondence: 'кореспондентска' }[kind]} седница`,
  locale: 'sr-Cyrl',
};

const montenegrin: PacketLabels = {
  ...serbianLatin,
  rapporteur: 'Izvjestilac',
  place: 'Mjesto',
  awaitingApproval: 'čeka odobrenje predsjedavajućeg',
  itemKinds: { ...serbianLatin.itemKinds, report: 'Izvještaj' },
  draftNote: 'Nacrt za rukovodstvo tijela: sadrži još neodobreni zakašnjeli materijal.',
  sessionName: (kind, number) =>
    `${number}. ${{ regular: 'redovna', extraordinary: 'vanredna', correspondence: 'korespondentska' }[kind]} sjednica`,
  locale: 'sr-Latn-ME',
};

const greek: PacketLabels = {
  agenda: 'Ημερήσια διάταξη',
  contents: 'Περιεχόμενα',
  page: (page, total) => `Σελίδα ${page} από ${total}`,
  rapporteur: 'Εισηγητής',
  place: 'Τόπος',
  online: 'Διαδικτυακά',
  deadline: 'Προθεσμία',
  notIncluded: (type) => `δεν περιλαμβάνεται (${type})`,
  couldNotBeIncluded: 'δεν ήταν δυνατό να περιληφθεί',
  late: 'εκπρόθεσμο',
  awaitingApproval: 'αναμένει την έγκριση του προέδρου',
  withdrawn: 'αποσύρθηκε',
  closedItem: 'κλειστό θέμα',
  noMaterials: 'χωρίς υλικό',
  draftNote: 'Σχέδιο για τη διοίκηση του οργάνου: περιλαμβάνει εκπρόθεσμο υλικό που δεν έχει εγκριθεί.',
  itemKinds: {
    information: 'Ενημέρωση',
    decision: 'Απόφαση',
    discussion: 'Συζήτηση',
    report: 'Έκθεση',
    consent_request: 'Αίτημα συναίνεσης',
    any_other_business: 'Διάφορα',
  },
  sessionName: (kind, number) =>
    `${number}η ${{ regular: 'τακτική συνεδρίαση', extraordinary: 'έκτακτη συνεδρίαση', correspondence: 'συνεδρίαση δι’ αλληλογραφίας' }[kind]}`,
  locale: 'el',
};

const englishSuffixes: Record<Intl.LDMLPluralRule, string> = { zero: 'th', one: 'st', two: 'nd', few: 'rd', many: 'th', other: 'th' };
const englishOrdinals = new Intl.PluralRules('en', { type: 'ordinal' });
const englishOrdinal = (n: number) => `${n}${englishSuffixes[englishOrdinals.select(n)]}`;

const dictionary: Readonly<Record<PacketLanguage, PacketLabels>> = {
  en: english,
  sl: slovenian,
  'sr-Latn': serbianLatin,
  'sr-Cyrl': serbianCyrillic,
  cnr: montenegrin,
  el: greek,
};

export const packetLabels = (language: PacketLanguage): PacketLabels => dictionary[language];

/** "Tuesday, 3 March 2026, 10:00" in the session's time zone and the packet's language. */
export function formatPacketDate(labels: PacketLabels, at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(labels.locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(at);
}

const shortTypes: Readonly<Record<string, string>> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.oasis.opendocument.presentation': 'ODP',
  'application/msword': 'DOC',
  'application/vnd.ms-excel': 'XLS',
  'application/zip': 'ZIP',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/gif': 'GIF',
  'image/webp': 'WEBP',
  'text/plain': 'TXT',
  'text/csv': 'CSV',
  'text/calendar': 'ICS',
  'application/xml': 'XML',
};

/** The short name of a file's type a reader recognises: "DOCX", else the file name's extension. */
export function shortTypeOf(contentType: string, fileName: string): string {
  const known = shortTypes[contentType.split(';')[0]!.trim().toLowerCase()];
  if (known) return known;
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1];
  return extension ? extension.toUpperCase() : contentType;
}
