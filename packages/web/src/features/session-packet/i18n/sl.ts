import type { packetEn } from './en';

/** Gradivo seje, slovensko. */
export const packetSl: typeof packetEn = {
  title: 'Gradivo seje (PDF)',
  download: 'Prenesi gradivo seje (PDF)',
  built: 'Pripravljeno {{when}} · strani: {{pages}} · {{size}}',
  building: 'Gradivo se pripravlja. Stran ga pokaže, takoj ko bo pripravljeno.',
  missing: 'Gradiva še ni. Pripravi se, ko se spremeni dnevni red ali njegovo gradivo.',
  failed: 'Gradiva ni bilo mogoče pripraviti.',
  rebuild: 'Znova pripravi gradivo',
  variant: {
    public: 'Gradivo javnih točk: zaprte točke so navedene le s številko.',
    draft: 'Osnutek za vodstvo seje: vsebuje tudi prepozno gradivo, ki še čaka na odobritev predsedujočega, in je tako označeno.',
  },
};
