import type { MessageTree } from '../../../lib/i18n/transliterate';

/** Crnogorski (ijekavica): samo ono što se razlikuje od srpske latinice. */
export const attendanceCnrOverrides: MessageTree = {
  expectedIntro: 'Ko se očekuje. Prisustvo se bilježi kada sjednica počne; do tada možete zabilježiti ko je opravdano odsutan.',
  registerIntro: 'Prisutne zabilježite jednim klikom; kvorum se odmah osvježava na svim ekranima.',
  liveIntro: 'Prisustvo onako kako ga sekretar bilježi, uživo.',
  frozen: 'Prisustvo kako je zabilježeno pri zatvaranju sjednice; više se ne mijenja.',
  none: { members: 'Tijelo na dan sjednice nema članove.', substitutes: 'Nema zamjenika.' },
  substituteFor: 'umjesto: {{name}}',
  checkedIn: 'Zabilježeni ste kao prisutni.',
  quorum: {
    substitutesCount: 'Zamjenici zauzimaju mjesta odsutnih članova.',
  },
  groups: { substitutes: 'Zamjenici' },
  representedBy: 'zamjenjuje ga: {{name}}',
  seatSubstitute: 'Zamjenik {{name}} je tu',
  time: {
    change: 'Promijeni vrijeme',
    changeFor: 'Promijeni vrijeme: {{name}}',
    title: 'Vrijeme: {{name}}',
    invalid: 'Upišite vrijeme, na primjer 10:15.',
    saved: '{{name}}: vrijeme je promijenjeno.',
  },
};
