import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import type { DraftState } from '../draft-state';
import { RichTextEditor } from './rich-text-editor';
import { RichTextView } from './rich-text-view';

type Merge = NonNullable<DraftState['merge']>;

/**
 * After a conflicting save: for each part both sides changed, their text and mine side by side; the person
 * takes one or edits the merged text, then saves on the latest version.
 */
export function MergePanel({
  merge,
  label,
  onChoose,
  onEdit,
}: {
  merge: Merge;
  label: (part: string) => string;
  onChoose: (part: string, side: 'mine' | 'theirs') => void;
  onEdit: (part: string, text: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="minutes-merge stack" aria-labelledby="minutes-merge" data-testid="minutes-merge">
      <h3 id="minutes-merge">{t('minutes.merge.heading')}</h3>
      <p role="alert">{t('minutes.merge.intro', { version: merge.latestVersion, parts: merge.parts.length })}</p>
      {merge.parts.map((resolution) => (
        <article key={resolution.part} className="stack minutes-merge__part" aria-label={label(resolution.part)}>
          <h4>{label(resolution.part)}</h4>
          <div className="minutes-merge__sides">
            <div className="stack">
              <h5>{t('minutes.merge.theirs')}</h5>
              <RichTextView html={resolution.theirs} />
              <Button variant="secondary" onPress={() => onChoose(resolution.part, 'theirs')} aria-pressed={resolution.choice === 'theirs'}>
                {t('minutes.merge.takeTheirs')}
              </Button>
            </div>
            <div className="stack">
              <h5>{t('minutes.merge.mine')}</h5>
              <RichTextView html={resolution.mine} />
              <Button variant="secondary" onPress={() => onChoose(resolution.part, 'mine')} aria-pressed={resolution.choice === 'mine'}>
                {t('minutes.merge.takeMine')}
              </Button>
            </div>
          </div>
          <RichTextEditor
            label={t('minutes.merge.merged', { part: label(resolution.part) })}
            value={resolution.text}
            onChange={(html) => onEdit(resolution.part, html)}
          />
          <p className="muted">{resolution.choice ? t(`minutes.merge.chosen.${resolution.choice}`) : t('minutes.merge.chosen.none')}</p>
        </article>
      ))}
    </section>
  );
}
