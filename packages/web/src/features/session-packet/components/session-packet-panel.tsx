import { useTranslation } from 'react-i18next';
import type { SessionPacketStatus } from '@collegium/shared/contracts/session-packet';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { QueryState } from '../../../components/ui/query-state';
import { useErrorText } from '../../../lib/error-text';
import { useFormat } from '../../../lib/format';
import { usePacketStatus, useRebuildPacket } from '../api/session-packet';

function sizeText(bytes: number | null, locale: string): string {
  if (bytes === null) return '';
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 1
    ? `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(megabytes)} MB`
    : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} kB`;
}

function PacketState({ status }: { status: SessionPacketStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  switch (status.status) {
    case 'ready':
      return (
        <div className="stack">
          <p>
            <a href={status.downloadUrl ?? undefined} type="application/pdf" download>
              {t('packet.download')}
            </a>
          </p>
          <p className="muted">
            {t('packet.built', {
              when: format.dateTime(status.builtAt),
              pages: status.pageCount ?? 0,
              size: sizeText(status.size, format.locale),
            })}
          </p>
        </div>
      );
    case 'building':
      return <p role="status">{t('packet.building')}</p>;
    case 'failed':
      return (
        <Alert tone="error">
          {t('packet.failed')}
          {status.error ? ` ${status.error}` : ''}
        </Alert>
      );
    default:
      return <p className="muted">{t('packet.missing')}</p>;
  }
}

/**
 * The session packet: one PDF with cover, agenda, contents and the materials, as far as the reader may see
 * them. It is rebuilt in the background after changes; managers can also rebuild it at once.
 */
export function SessionPacketPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const packet = usePacketStatus(sessionId);
  const rebuild = useRebuildPacket(sessionId);
  const status = packet.data;
  return (
    <section aria-labelledby="session-packet" className="stack">
      <h2 id="session-packet">{t('packet.title')}</h2>
      <QueryState isPending={packet.isPending} error={packet.error} onRetry={() => void packet.refetch()} />
      {status && (
        <>
          {status.variant !== 'members' && <p className="muted">{t(`packet.variant.${status.variant}`)}</p>}
          <PacketState status={status} />
          {status.canRebuild && (
            <div className="actions">
              <Button variant="secondary" isPending={rebuild.isPending} onPress={() => rebuild.mutate()}>
                {t('packet.rebuild')}
              </Button>
            </div>
          )}
          {rebuild.error && <Alert tone="error">{errorText(rebuild.error)}</Alert>}
        </>
      )}
    </section>
  );
}
