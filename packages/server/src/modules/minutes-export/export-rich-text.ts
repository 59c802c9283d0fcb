import { Parser } from 'htmlparser2';

/** A piece of text with its formatting, as both renderers (PDF and DOCX) draw it. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  link?: string;
}

export type RichBlock =
  | { kind: 'paragraph' | 'heading' | 'quote'; runs: TextRun[] }
  | { kind: 'listItem'; runs: TextRun[]; marker: string; depth: number };

const blockTags: Readonly<Record<string, 'paragraph' | 'heading' | 'quote'>> = {
  p: 'paragraph',
  h3: 'heading',
  h4: 'heading',
  blockquote: 'quote',
};
const styleTags: Readonly<Record<string, 'bold' | 'italic' | 'underline'>> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  u: 'underline',
};

/**
 * The stored rich text (sanitised: lib/rich-text.ts) as blocks of formatted runs: paragraphs, headings,
 * quotes and list items with their markers ("•", "1."), whitespace collapsed as a browser would.
 */
export function parseRichText(html: string): RichBlock[] {
  const blocks: RichBlock[] = [];
  const lists: { ordered: boolean; counter: number }[] = [];
  const styles: Record<'bold' | 'italic' | 'underline', number> = { bold: 0, italic: 0, underline: 0 };
  const links: string[] = [];
  let current: RichBlock | null = null;

  const flush = () => {
    if (current) {
      current.runs = tidy(current.runs);
      if (current.runs.length) blocks.push(current);
    }
    current = null;
  };
  const open = (block: RichBlock) => {
    flush();
    current = block;
  };
  const add = (text: string) => {
    if (!current) current = { kind: 'paragraph', runs: [] };
    const run: TextRun = { text };
    if (styles.bold) run.bold = true;
    if (styles.italic) run.italic = true;
    if (styles.underline) run.underline = true;
    if (links.length) run.link = links[links.length - 1];
    current.runs.push(run);
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const block = blockTags[name];
        const style = styleTags[name];
        if (block) open({ kind: block, runs: [] });
        else if (style) styles[style]++;
        else if (name === 'a') links.push(attributes.href ?? '');
        else if (name === 'br') add('\n');
        else if (name === 'ul' || name === 'ol') {
          flush();
          lists.push({ ordered: name === 'ol', counter: 0 });
        } else if (name === 'li') {
          const list = lists[lists.length - 1] ?? { ordered: false, counter: 0 };
          list.counter++;
          open({ kind: 'listItem', runs: [], marker: list.ordered ? `${list.counter}.` : '•', depth: Math.max(lists.length - 1, 0) });
        }
      },
      ontext(text) {
        add(text);
      },
      onclosetag(name) {
        const style = styleTags[name];
        if (blockTags[name] || name === 'li') flush();
        else if (style) styles[style] = Math.max(styles[style] - 1, 0);
        else if (name === 'a') links.pop();
        else if (name === 'ul' || name === 'ol') {
          flush();
          lists.pop();
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks;
}

/** Collapses whitespace across runs (keeping line breaks), drops empty runs, trims the block's ends. */
function tidy(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  let lastEndsInSpace = true;
  for (const run of runs) {
    let text = run.text === '\n' ? '\n' : run.text.replace(/\s+/g, ' ');
    if (lastEndsInSpace && text.startsWith(' ')) text = text.slice(1);
    if (!text) continue;
    out.push({ ...run, text });
    lastEndsInSpace = text.endsWith(' ') || text === '\n';
  }
  const last = out[out.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, '');
  while (out.length && (out[out.length - 1]!.text === '' || out[out.length - 1]!.text === '\n')) out.pop();
  return out;
}

/** The runs of a plain text (resolutions, decisions): one paragraph per line group. */
export function plainTextBlocks(text: string): RichBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ kind: 'paragraph' as const, runs: [{ text: part }] }));
}
