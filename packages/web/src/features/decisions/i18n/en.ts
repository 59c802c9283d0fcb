/** The decisions register, English. The other languages mirror these keys (checked by resources.test.ts). */
export const decisionsEn = {
  numberFormat: {
    label: 'Decision numbers',
    hint: 'Text with {{body}} (short name), {{year}}, {{session}}, {{item}} (agenda number) and {{n}} (running number in the year). Empty: {{default}}.',
  },
};
