import type { SupportedLocale } from '@collegium/shared/contracts/auth';
import { latinToCyrillic } from '@collegium/shared/i18n/transliterate';

type SessionKind = 'regular' | 'extraordinary' | 'correspondence';

/** The approval item's words in one language; `{n}` is the session's number, the session kind in the genitive. */
interface ApprovalTexts {
  title: string;
  resolution: string;
  kind: Record<SessionKind, string>;
  ordinal: (n: number) => string;
}

const englishOrdinal = (n: number): string => {
  const suffix = { one: 'st', two: 'nd', few: 'rd' }[new Intl.PluralRules('en', { type: 'ordinal' }).select(n) as string];
  return `${n}${suffix ?? 'th'}`;
};

const en: ApprovalTexts = {
  title: 'Approval of the minutes of the {session}',
  resolution: 'The minutes of the {session} are approved.',
  kind: { regular: '{n} regular session', extraordinary: '{n} extraordinary session', correspondence: '{n} correspondence session' },
  ordinal: englishOrdinal,
};

const sl: ApprovalTexts = {
  title: 'Potrditev zapisnika {session}',
  resolution: 'Zapisnik {session} se potrdi.',
  kind: { regular: '{n} redne seje', extraordinary: '{n} izredne seje', correspondence: '{n} korespondenčne seje' },
  ordinal: (n) => `${n}.`,
};

const srLatn: ApprovalTexts = {
  title: 'Usvajanje zapisnika sa {session}',
  resolution: 'Usvaja se zapisnik sa {session}.',
  kind: { regular: '{n} redovne sednice', extraordinary: '{n} vanredne sednice', correspondence: '{n} korespondentske sednice' },
  ordinal: (n) => `${n}.`,
};

const cnr: ApprovalTexts = {
  title: 'Usvajanje zapisnika sa {session}',
  resolution: 'Usvaja se zapisnik sa {session}.',
  kind: { regular: '{n} redovne sjednice', extraordinary: '{n} vanredne sjednice', correspondence: '{n} korespondentske sjednice' },
  ordinal: (n) => `${n}.`,
};

const el: ApprovalTexts = {
  title: 'Έγκριση των πρακτικών της {session}',
  resolution: 'Τα πρακτικά της {session} εγκρίνονται.',
  kind: { regular: '{n} τακτικής συνεδρίασης', extraordinary: '{n} έκτακτης συνεδρίασης', correspondence: '{n} συνεδρίασης δι’ αλληλογραφίας' },
  ordinal: (n) => `${n}ης`,
};

/** Serbian Cyrillic is the Latin text transliterated, never kept twice. */
const srCyrl: ApprovalTexts = {
  title: latinToCyrillic(srLatn.title),
  resolution: latinToCyrillic(srLatn.resolution),
  kind: {
    regular: latinToCyrillic(srLatn.kind.regular),
    extraordinary: latinToCyrillic(srLatn.kind.extraordinary),
    correspondence: latinToCyrillic(srLatn.kind.correspondence),
  },
  ordinal: srLatn.ordinal,
};

const byLocale: Record<SupportedLocale, ApprovalTexts> = { en, sl, 'sr-Latn': srLatn, 'sr-Cyrl': srCyrl, cnr, el };

const fill = (pattern: string, values: Record<string, string>): string =>
  pattern.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** "Approval of the minutes of the 5th regular session" and its resolution, in the installation's language. */
export function approvalItemTexts(language: string, session: { kind: string; number: number }): { title: string; resolution: string } {
  const texts = byLocale[language as SupportedLocale] ?? en;
  const kind = texts.kind[session.kind as SessionKind] ?? texts.kind.regular;
  const name = fill(kind, { n: texts.ordinal(session.number) });
  return { title: fill(texts.title, { session: name }), resolution: `<p>${fill(texts.resolution, { session: name })}</p>` };
}
