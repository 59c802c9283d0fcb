import StarterKit from '@tiptap/starter-kit';

/**
 * The editor's schema holds exactly what the server's rich text keeps (lib/rich-text.ts: p, br, strong, em,
 * u, ul/ol/li, a, h3, h4, blockquote), so pasted content loses anything else before it is even sent.
 */
export const minutesExtensions = [
  StarterKit.configure({
    code: false,
    codeBlock: false,
    strike: false,
    horizontalRule: false,
    heading: { levels: [3, 4] },
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      protocols: ['mailto'],
      isAllowedUri: (url) => /^(https?:|mailto:)/i.test(url),
      HTMLAttributes: { target: null, rel: null, class: null },
    },
  }),
];

/** Empty editor output ("<p></p>") is stored as no text at all. */
export const normaliseHtml = (html: string): string => (html === '<p></p>' ? '' : html);
