import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Minutes } from '@collegium/shared/contracts/minutes';
import { links } from '../../../config/paths';
import { exportLinks, useExportLanguage } from '../api/exports';

/**
 * Downloads of the minutes: the full text and the public version (closed items and personal data left out),
 * and the public page that shows that version to anyone. The public version is the approved one, so it stays
 * available while a correction is being prepared.
 */
export function ExportsPanel({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation();
  const lang = useExportLanguage();
  return (
    <section className="card stack" aria-labelledby="minutes-exports">
      <h2 id="minutes-exports">{t('minutes.exports.heading')}</h2>
      <p className="muted">{t('minutes.exports.intro', { version: minutes.version })}</p>
      <ul className="actions minutes-exports">
        <li>
          <a href={exportLinks.pdf(minutes.id, 'full', lang)}>{t('minutes.exports.pdf')}</a>
        </li>
        <li>
          <a href={exportLinks.docx(minutes.id, 'full', lang)}>{t('minutes.exports.docx', { format: 'DOCX' })}</a>
        </li>
        {minutes.approvedVersion !== null && (
          <>
            <li>
              <a href={exportLinks.pdf(minutes.id, 'public', lang)}>{t('minutes.exports.publicPdf')}</a>
            </li>
            <li>
              <a href={exportLinks.docx(minutes.id, 'public', lang)}>{t('minutes.exports.publicDocx', { format: 'DOCX' })}</a>
            </li>
            <li>
              <Link to={links.publicMinutes(minutes.id)}>{t('minutes.exports.publicPage')}</Link>
            </li>
          </>
        )}
      </ul>
    </section>
  );
}
