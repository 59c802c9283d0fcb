import { useTranslation } from 'react-i18next';

/** E-mail and phone as entries of a page's facts list (a `dl`), each a link; absent ones are left out. */
export function ContactFacts({ email, phone }: { email?: string | null; phone?: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      {email && (
        <div>
          <dt>{t('directory.email')}</dt>
          <dd className="break">
            <a href={`mailto:${email}`}>{email}</a>
          </dd>
        </div>
      )}
      {phone && (
        <div>
          <dt>{t('directory.phone')}</dt>
          <dd>
            <a href={`tel:${phone.replace(/\s/g, '')}`}>{phone}</a>
          </dd>
        </div>
      )}
    </>
  );
}
