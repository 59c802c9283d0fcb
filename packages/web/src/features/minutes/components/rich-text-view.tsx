import { EditorContent, useEditor } from '@tiptap/react';
import { minutesExtensions } from '../rich-text-schema';

/** Stored rich text shown read-only, through the editor's schema, so nothing outside the allowed elements renders. */
export function RichTextView({ html, className }: { html: string; className?: string }) {
  // not a text box: the editor's default role would announce an unlabelled input
  const editor = useEditor({ extensions: minutesExtensions, content: html, editable: false, editorProps: { attributes: { role: 'none' } } }, [html]);
  return <EditorContent editor={editor} className={['rich-text', className].filter(Boolean).join(' ')} />;
}
