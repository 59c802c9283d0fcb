import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { supportedLocales, type SupportedLocale } from '@collegium/shared/contracts/auth';
import type { MinutesAudience } from '@collegium/shared/contracts/minutes';
import { api, buildUrl } from '../../../lib/api-client';

const enc = encodeURIComponent;

/** The interface language, which the exports' labels and dates follow. */
export function useExportLanguage(): SupportedLocale | undefined {
  const { i18n } = useTranslation();
  return supportedLocales.find((locale) => locale === i18n.language);
}

/** Links to the exports; the browser downloads them with the session cookie. */
export const exportLinks = {
  pdf: (minutesId: string, audience: MinutesAudience, lang?: string) =>
    buildUrl(`/api/v1/minutes/${enc(minutesId)}/export.pdf`, { audience, lang }),
  docx: (minutesId: string, audience: MinutesAudience, lang?: string) =>
    buildUrl(`/api/v1/minutes/${enc(minutesId)}/export.docx`, { audience, lang }),
  excerpt: (minutesId: string, agendaItemId: string, lang?: string) =>
    buildUrl(`/api/v1/minutes/${enc(minutesId)}/items/${enc(agendaItemId)}/excerpt.pdf`, { lang }),
} as const;

export interface ExcerptRecipient {
  organizationId?: string;
  email?: string;
  lang?: string;
}

/** Sends the excerpt of an item, as a PDF attachment, to the organisation responsible for carrying it out. */
export function useSendExcerpt(minutesId: string) {
  return useMutation({
    mutationFn: ({ agendaItemId, recipient }: { agendaItemId: string; recipient: ExcerptRecipient }) =>
      api<{ to: string; fileName: string }>(`/api/v1/minutes/${enc(minutesId)}/items/${enc(agendaItemId)}/excerpt/send`, {
        method: 'POST',
        body: recipient,
      }),
  });
}
