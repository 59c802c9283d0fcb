/** Register sklepov, slovenščina. */
export const decisionsSl = {
  numberFormat: {
    label: 'Številčenje sklepov',
    hint: 'Besedilo z {{body}} (kratko ime), {{year}} (leto), {{session}} (seja), {{item}} (točka dnevnega reda) in {{n}} (zaporedna številka v letu). Prazno: {{default}}.',
  },
};
