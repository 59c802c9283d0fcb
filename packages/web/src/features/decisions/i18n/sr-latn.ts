/** Registar odluka, srpski (latinica); ćirilica nastaje preslovljavanjem. */
export const decisionsSrLatn = {
  numberFormat: {
    label: 'Brojevi odluka',
    hint: 'Tekst sa {{body}} (skraćeni naziv), {{year}} (godina), {{session}} (sednica), {{item}} (tačka dnevnog reda) i {{n}} (redni broj u godini). Prazno: {{default}}.',
  },
};
