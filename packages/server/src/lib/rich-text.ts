import sanitizeHtml from 'sanitize-html';

const options: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'blockquote'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
};

/**
 * Rich text as the server stores it: a small set of formatting elements and links, nothing that runs or
 * loads. Applied on every write, so whatever reads it later (web app, PDFs, the public portal) gets safe HTML.
 */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, options).trim();
}

/** The same for an optional field: null and undefined pass through, empty text becomes null. */
export function sanitizeOptionalRichText<T extends string | null | undefined>(html: T): T | null {
  if (html === undefined || html === null) return html as T;
  return (sanitizeRichText(html) || null) as T | null;
}
