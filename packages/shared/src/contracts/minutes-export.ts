import { Type, type Static } from 'typebox';
import { minutesAudiences } from './minutes.js';

/** The languages the exports speak (labels, dates); without ?lang= the installation's language. */
export const exportLanguages = ['en', 'sl', 'sr-Latn', 'sr-Cyrl', 'cnr', 'el'] as const;

const Lang = Type.Optional(Type.Enum(exportLanguages, { description: 'the language of labels and dates' }));

export const MinutesExportParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const MinutesItemExportParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  agendaItemId: Type.String({ format: 'uuid' }),
});

export const MinutesExportQuery = Type.Object(
  {
    version: Type.Optional(Type.Integer({ minimum: 1, description: 'default: the latest version (the approved one for the public)' })),
    audience: Type.Optional(Type.Enum(minutesAudiences, { description: 'full (default) or public: without closed items and private names' })),
    lang: Lang,
  },
  { additionalProperties: false },
);
export type MinutesExportQuery = Static<typeof MinutesExportQuery>;

export const LanguageQuery = Type.Object({ lang: Lang }, { additionalProperties: false });
export type LanguageQuery = Static<typeof LanguageQuery>;

/** Where to mail an excerpt: an organisation of the directory (its e-mail address) or an address. */
export const ExcerptSendInput = Type.Object(
  {
    organizationId: Type.Optional(Type.String({ format: 'uuid' })),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    lang: Lang,
  },
  { additionalProperties: false },
);
export type ExcerptSendInput = Static<typeof ExcerptSendInput>;

export const ExcerptSent = Type.Object({ to: Type.String(), fileName: Type.String() });
export type ExcerptSent = Static<typeof ExcerptSent>;
