import type { MessageTree } from '../../../lib/i18n/transliterate';

/** Crnogorski (ijekavica): samo ono što se razlikuje od srpske latinice. */
export const decisionsCnrOverrides: MessageTree = {
  numberFormat: {
    hint: 'Tekst sa {{body}} (skraćeni naziv), {{year}} (godina), {{session}} (sjednica), {{item}} (tačka dnevnog reda) i {{n}} (redni broj u godini). Prazno: {{default}}.',
  },
};
