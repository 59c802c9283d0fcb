import { latinToCyrillic } from '@collegium/shared/i18n/transliterate';

/** The words of the implementation report item, in the body's language. */
export interface ImplementationReportTexts {
  title: string;
  intro: string;
  none: string;
  deadline: string;
  noDeadline: string;
  overdue: string;
  latestReport: string;
  noReport: string;
  status: Record<'open' | 'in_progress', string>;
}

const en: ImplementationReportTexts = {
  title: 'Report on the implementation of decisions',
  intro: 'Decisions not yet carried out, with their latest progress reports:',
  none: 'All decisions of the body have been carried out or cancelled.',
  deadline: 'deadline',
  noDeadline: 'no deadline',
  overdue: 'overdue',
  latestReport: 'Latest progress report',
  noReport: 'No progress has been reported yet.',
  status: { open: 'open', in_progress: 'in progress' },
};

const sl: ImplementationReportTexts = {
  title: 'Poročilo o izvrševanju sklepov',
  intro: 'Sklepi, ki še niso izvršeni, z zadnjimi poročili o napredku:',
  none: 'Vsi sklepi organa so izvršeni ali preklicani.',
  deadline: 'rok',
  noDeadline: 'brez roka',
  overdue: 'rok je potekel',
  latestReport: 'Zadnje poročilo o napredku',
  noReport: 'O napredku še ni bilo poročano.',
  status: { open: 'odprt', in_progress: 'v izvajanju' },
};

const srLatn: ImplementationReportTexts = {
  title: 'Izveštaj o izvršenju odluka',
  intro: 'Odluke koje još nisu izvršene, sa poslednjim izveštajima o napretku:',
  none: 'Sve odluke organa su izvršene ili poništene.',
  deadline: 'rok',
  noDeadline: 'bez roka',
  overdue: 'rok je istekao',
  latestReport: 'Poslednji izveštaj o napretku',
  noReport: 'O napretku još nije izvešteno.',
  status: { open: 'otvorena', in_progress: 'u toku' },
};

const cnr: ImplementationReportTexts = {
  ...srLatn,
  intro: 'Odluke koje još nijesu izvršene, sa posljednjim izvještajima o napretku:',
  title: 'Izvještaj o izvršenju odluka',
  latestReport: 'Posljednji izvještaj o napretku',
  noReport: 'O napretku još nije izvješteno.',
};

const el: ImplementationReportTexts = {
  title: 'Έκθεση για την εκτέλεση των αποφάσεων',
  intro: 'Αποφάσεις που δεν έχουν ακόμη εκτελεστεί, με την τελευταία αναφορά προόδου:',
  none: 'Όλες οι αποφάσεις του οργάνου έχουν εκτελεστεί ή ακυρωθεί.',
  deadline: 'προθεσμία',
  noDeadline: 'χωρίς προθεσμία',
  overdue: 'εκπρόθεσμη',
  latestReport: 'Τελευταία αναφορά προόδου',
  noReport: 'Δεν έχει αναφερθεί ακόμη πρόοδος.',
  status: { open: 'ανοιχτή', in_progress: 'σε εξέλιξη' },
};

const srCyrl: ImplementationReportTexts = {
  ...(Object.fromEntries(
    Object.entries(srLatn).map(([key, value]) => [key, typeof value === 'string' ? latinToCyrillic(value) : value]),
  ) as unknown as ImplementationReportTexts),
  status: { open: latinToCyrillic(srLatn.status.open), in_progress: latinToCyrillic(srLatn.status.in_progress) },
};

const byLanguage: Record<string, ImplementationReportTexts> = { en, sl, 'sr-Latn': srLatn, 'sr-Cyrl': srCyrl, cnr, el };

export const implementationReportTexts = (language: string): ImplementationReportTexts => byLanguage[language] ?? en;
