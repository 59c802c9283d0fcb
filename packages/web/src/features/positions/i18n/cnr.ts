import type { MessageTree } from '../../../lib/i18n/transliterate';

/** Crnogorski (ijekavica): samo ono što se razlikuje od srpske latinice. */
export const positionsCnrOverrides: MessageTree = {
  title: 'Vaši stavovi prije sjednice',
  intro: 'Prije početka sjednice zabilježite svoj stav o svakoj tački; do tada ga možete promijeniti. Tačke kojima se niko ne protivi i o kojima niko ne želi da govori ulaze u blok saglasnosti.',
  asSubstitute: 'Stavove bilježite za osobu {{name}}, koja vas je poslala kao zamjenika.',
  current: 'Zabilježeno: {{position}}',
  currentBy: 'Zabilježeno: {{position}} (zabilježio/la {{name}})',
  none: 'Stav još nije zabilježen.',
  noItems: 'Nema tačaka o kojima biste mogli da zabilježite stav.',
  block: {
    intro: 'Ove tačke se usvajaju zajedno, jednim glasanjem na početku sjednice. O tačkama kojima se neko protivi, o kojima neko želi da govori ili kod kojih je neko prijavio sukob interesa raspravlja se i odlučuje pojedinačno.',
    recorded: 'Stavove je zabilježilo {{recorded}} od {{seats}} članova.',
    reasons: {
      late: 'zakašnjela, čeka predsjedavajućeg',
      excluded: 'izdvojio predsjedavajući ili sekretar',
    },
  },
};
