import { useRef, useState, type KeyboardEvent } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';

type Command = 'bold' | 'italic' | 'underline' | 'heading3' | 'heading4' | 'bulletList' | 'orderedList' | 'blockquote' | 'link';

const commands: readonly Command[] = ['bold', 'italic', 'underline', 'heading3', 'heading4', 'bulletList', 'orderedList', 'blockquote', 'link'];

function isActive(editor: Editor, command: Command): boolean {
  if (command === 'heading3') return editor.isActive('heading', { level: 3 });
  if (command === 'heading4') return editor.isActive('heading', { level: 4 });
  return editor.isActive(command);
}

function run(editor: Editor, command: Command): void {
  const chain = editor.chain().focus();
  if (command === 'bold') chain.toggleBold().run();
  else if (command === 'italic') chain.toggleItalic().run();
  else if (command === 'underline') chain.toggleUnderline().run();
  else if (command === 'heading3') chain.toggleHeading({ level: 3 }).run();
  else if (command === 'heading4') chain.toggleHeading({ level: 4 }).run();
  else if (command === 'bulletList') chain.toggleBulletList().run();
  else if (command === 'orderedList') chain.toggleOrderedList().run();
  else if (command === 'blockquote') chain.toggleBlockquote().run();
}

/** The formatting buttons of one editor: one tab stop, arrow keys move between them (the ARIA toolbar pattern). */
export function EditorToolbar({ editor, label }: { editor: Editor; label: string }) {
  const { t } = useTranslation();
  const [focusIndex, setFocusIndex] = useState(0);
  const [linkOpen, setLinkOpen] = useState(false);
  const [href, setHref] = useState('');
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const active = useEditorState({ editor, selector: ({ editor: e }) => commands.map((command) => isActive(e, command)) });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -focusIndex, End: commands.length - 1 - focusIndex };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = (focusIndex + move + commands.length) % commands.length;
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  const openLink = () => {
    setHref((editor.getAttributes('link').href as string | undefined) ?? 'https://');
    setLinkOpen(true);
  };
  const applyLink = () => {
    const target = href.trim();
    if (target && target !== 'https://') editor.chain().focus().extendMarkRange('link').setLink({ href: target }).run();
    else editor.chain().focus().extendMarkRange('link').unsetLink().run();
    setLinkOpen(false);
  };

  return (
    <div className="rich-editor__toolbar-wrap">
      <div role="toolbar" aria-label={label} className="rich-editor__toolbar" onKeyDown={onKeyDown}>
        {commands.map((command, index) => (
          <button
            key={command}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            className="rich-editor__button"
            tabIndex={index === focusIndex ? 0 : -1}
            aria-pressed={active[index] ?? false}
            title={t(`minutes.editor.${command}`)}
            onFocus={() => setFocusIndex(index)}
            onClick={() => (command === 'link' ? openLink() : run(editor, command))}
          >
            <span aria-hidden="true">{t(`minutes.editor.icon.${command}`)}</span>
            <span className="visually-hidden">{t(`minutes.editor.${command}`)}</span>
          </button>
        ))}
      </div>
      {linkOpen && (
        <div className="rich-editor__link" role="group" aria-label={t('minutes.editor.link')}>
          <TextField label={t('minutes.editor.linkAddress')} type="url" value={href} onChange={setHref} autoFocus />
          <div className="actions">
            <Button variant="secondary" onPress={applyLink}>
              {t('minutes.editor.applyLink')}
            </Button>
            <Button variant="quiet" onPress={() => setLinkOpen(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
