import { useEffect, useId, useRef } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { minutesExtensions, normaliseHtml } from '../rich-text-schema';
import { EditorToolbar } from './editor-toolbar';

export interface RichTextEditorProps {
  label: string;
  value: string;
  /** called with the new HTML after each change the person makes (not after a value set from outside) */
  onChange: (html: string) => void;
}

/**
 * A rich-text field for the minutes: a toolbar of real buttons (ARIA toolbar, arrow keys between them) and
 * a labelled multi-line text box. A value changed from outside (a merge, a reload) replaces the content;
 * read-only text is shown by RichTextView instead.
 */
export function RichTextEditor({ label, value, onChange }: RichTextEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const emitted = useRef(value);
  const handleChange = useRef(onChange);
  useEffect(() => {
    handleChange.current = onChange;
  });
  const editor = useEditor({
    extensions: minutesExtensions,
    content: value,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': `${id}-label`,
        class: 'rich-editor__content',
      },
    },
    onUpdate: ({ editor: current }) => {
      const html = normaliseHtml(current.getHTML());
      emitted.current = html;
      handleChange.current(html);
    },
  });

  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  return (
    <div className="rich-editor field">
      <span id={`${id}-label`} className="field__label">
        {label}
      </span>
      <EditorToolbar editor={editor} label={t('minutes.editor.toolbar', { field: label })} />
      <EditorContent editor={editor} className="rich-text rich-editor__frame" />
    </div>
  );
}
