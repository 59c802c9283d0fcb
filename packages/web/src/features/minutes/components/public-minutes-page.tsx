import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryState } from '../../../components/ui/query-state';
import { useExportLanguage } from '../api/exports';
import { usePublicMinutes } from '../api/public-minutes';
import { PublicMinutesDocument } from './public-minutes-document';
import '../minutes.css';

/** Approved minutes as anyone may read them, signed in or not; minutes not (yet) approved are not published. */
export function PublicMinutesPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const minutes = usePublicMinutes(id, useExportLanguage());
  if (minutes.data) return <PublicMinutesDocument document={minutes.data} />;
  return (
    <div className="stack stack--large">
      <PageHeading title={t('minutes.public.heading')}>{t('minutes.public.heading')}</PageHeading>
      <QueryState isPending={minutes.isPending} error={minutes.error} onRetry={() => void minutes.refetch()} />
      {minutes.data === null && <Alert tone="info">{t('minutes.public.notPublished')}</Alert>}
    </div>
  );
}
