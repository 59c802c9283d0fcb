import type { MessageTree } from '../../../lib/i18n/transliterate';

/** Crnogorski (ijekavica): samo ono što se razlikuje od srpske latinice. */
export const votingCnrOverrides: MessageTree = {
  methods: { hands_named: 'Dizanje ruku, zabilježeno poimenično' },
  tie: { rejected: 'Pri neriješenom ishodu prijedlog nije usvojen', chair_decides: 'Pri neriješenom ishodu odlučuje predsjedavajući' },
  subjects: { resolution: 'Prijedlog zaključka' },
  compose: { tie: 'Neriješen ishod' },
  controls: { casting: 'Pri neriješenom ishodu, odlučujući glas predsjedavajućeg' },
  ballot: {
    substitute: 'Vaš glas za {{name}} kao zamjenik',
    recorded: 'Vaš glas je zabilježen: {{option}}.',
    change: 'Možete ga promijeniti do zaključenja glasanja.',
    secretVoted: 'Vaš tajni listić je zabilježen. Potvrda {{code}}.',
    otherDevice: 'Glasali ste sa drugog uređaja; tajni glas možete promijeniti samo tamo.',
  },
  result: {
    tie: 'Glasovi su bili neriješeni.',
    decidedByChair: 'Neriješen ishod je odlučio predsjedavajući.',
  },
  proxies: { none: 'Nijedan član nije ovlastio drugoga da glasa umjesto njega.' },
  hands: { unsaved: 'Sačuvajte glasove prije zaključenja glasanja.', basis: { substitute: 'glasa zamjenik {{name}}' } },
};
