import { useTranslation } from 'react-i18next';
import type { MinutesDocument, MinutesItem } from '@collegium/shared/contracts/minutes';
import type { SessionKind } from '@collegium/shared/contracts/sessions';
import { PageHeading } from '../../../components/ui/page-heading';
import { useFormat } from '../../../lib/format';
import { useSessionFormat } from '../../sessions/use-session-format';
import { useExportLanguage } from '../api/exports';
import { publicMinutesApi } from '../api/public-minutes';
import { ItemFacts } from './item-facts';
import { AgendaFacts, AttendanceFacts } from './recorded-facts';
import { RichTextView } from './rich-text-view';

function WrittenSection({ id, heading, html }: { id: string; heading: string; html: string }) {
  if (!html) return null;
  return (
    <section className="stack" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <RichTextView html={html} />
    </section>
  );
}

function PublicItem({ item }: { item: MinutesItem }) {
  const { t } = useTranslation();
  const headingId = `public-item-${item.agendaItemId}`;
  return (
    <article className="minutes-item stack" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {item.number}. {item.title}
      </h3>
      {item.discussion && (
        <div>
          <h4>{t('minutes.public.discussion')}</h4>
          <RichTextView html={item.discussion} />
        </div>
      )}
      <ItemFacts item={item} />
    </article>
  );
}

/** The title block: body, session, when and where it sat, when the minutes were approved, and the PDF. */
function PublicMinutesHeader({ document }: { document: MinutesDocument }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sessionFormat = useSessionFormat();
  const lang = useExportLanguage();
  const { session, approval } = document;
  const title = t('minutes.title', { name: sessionFormat.name({ ...session, kind: session.kind as SessionKind }, true) });
  return (
    <header className="stack">
      <PageHeading title={title}>{title}</PageHeading>
      <dl className="facts">
        <dt>{t('minutes.public.body')}</dt>
        <dd>{document.body.name}</dd>
        <dt>{t('minutes.public.held')}</dt>
        <dd>{sessionFormat.when(session.startsAt ?? session.closedAt, session.timeZone)}</dd>
        {session.place && (
          <>
            <dt>{t('minutes.public.place')}</dt>
            <dd>{session.place}</dd>
          </>
        )}
      </dl>
      {approval && <p>{t('minutes.public.approved', { date: format.date(approval.approvedAt), number: approval.sessionNumber })}</p>}
      <p>
        <a href={publicMinutesApi.pdf(document.minutesId, lang)} type="application/pdf">
          {t('minutes.public.pdf')}
        </a>
      </p>
    </header>
  );
}

/** The public version of approved minutes as one readable document, in the order of the minutes themselves. */
export function PublicMinutesDocument({ document }: { document: MinutesDocument }) {
  const { t } = useTranslation();
  const { content } = document;
  return (
    <article className="stack stack--large minutes">
      <PublicMinutesHeader document={document} />
      <section className="stack" aria-labelledby="public-minutes-attendance">
        <h2 id="public-minutes-attendance">{t('minutes.facts.attendance')}</h2>
        <AttendanceFacts attendance={content.attendance} withGuests={false} />
      </section>
      <section className="stack" aria-labelledby="public-minutes-agenda">
        <h2 id="public-minutes-agenda">{t('minutes.facts.agenda')}</h2>
        <AgendaFacts agenda={content.agenda} />
      </section>
      <WrittenSection id="public-minutes-opening" heading={t('minutes.editor.opening')} html={content.opening} />
      <section className="stack" aria-labelledby="public-minutes-items">
        <h2 id="public-minutes-items">{t('minutes.public.items')}</h2>
        {content.items.length === 0 && <p>{t('minutes.public.noItems')}</p>}
        {content.items.map((item) => (
          <PublicItem key={item.agendaItemId} item={item} />
        ))}
      </section>
      <WrittenSection id="public-minutes-closing" heading={t('minutes.editor.closing')} html={content.closing} />
    </article>
  );
}
