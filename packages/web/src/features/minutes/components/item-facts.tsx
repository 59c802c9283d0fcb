import { useTranslation } from 'react-i18next';
import type { MinutesItem, MinutesPoll } from '@collegium/shared/contracts/minutes';
import { RichTextView } from './rich-text-view';

function PollFacts({ poll }: { poll: MinutesPoll }) {
  const { t } = useTranslation();
  const method = t(`voting.methods.${poll.method}`, { defaultValue: poll.method });
  return (
    <li className="stack">
      <p>
        <strong>{poll.title}</strong> — {method}.{' '}
        {poll.status === 'annulled'
          ? t('minutes.item.annulled', { reason: poll.annulledReason ?? '' })
          : poll.passed
            ? t('minutes.item.passed')
            : t('minutes.item.notPassed')}
      </p>
      <ul className="minutes-counts">
        {poll.counts.map((count) => (
          <li key={count.label}>{t('minutes.item.count', { label: count.label, votes: count.votes })}</li>
        ))}
      </ul>
      {poll.named && poll.named.length > 0 && (
        <details>
          <summary>{t('minutes.item.named')}</summary>
          <ul>
            {/* keyed by position: the public version names every private member alike ("A member") */}
            {poll.named.map((vote, index) => (
              <li key={index}>{t('minutes.item.namedVote', { name: vote.name, option: vote.option })}</li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/** What was recorded for one item: outcome, resolution, votes and decisions. Read-only. */
export function ItemFacts({ item }: { item: MinutesItem }) {
  const { t } = useTranslation();
  return (
    <div className="stack minutes-item__facts">
      <dl className="facts">
        {item.rapporteur && (
          <>
            <dt>{t('minutes.item.rapporteur')}</dt>
            <dd>{item.rapporteur}</dd>
          </>
        )}
        <dt>{t('minutes.item.outcome')}</dt>
        <dd>{item.outcome ? t(`meeting.outcomes.${item.outcome}`) : t('minutes.item.noOutcome')}</dd>
        {!item.isPublic && (
          <>
            <dt>{t('minutes.item.closed')}</dt>
            <dd>{t('minutes.item.closedText')}</dd>
          </>
        )}
      </dl>
      {item.resolutionText && (
        <div>
          <h4>{t('minutes.item.resolution')}</h4>
          <RichTextView html={item.resolutionText} />
        </div>
      )}
      {item.polls.length > 0 && (
        <div>
          <h4>{t('minutes.item.votes')}</h4>
          <ul className="stack">
            {item.polls.map((poll, index) => (
              <PollFacts key={index} poll={poll} />
            ))}
          </ul>
        </div>
      )}
      {item.decisions.length > 0 && (
        <div>
          <h4>{t('minutes.item.decisions')}</h4>
          <ul className="stack">
            {item.decisions.map((decision) => (
              <li key={decision.number}>
                <strong>{decision.number}</strong> {decision.title}
                <RichTextView html={decision.text} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
