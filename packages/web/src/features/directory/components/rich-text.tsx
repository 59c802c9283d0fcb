import { createElement, type ReactNode } from 'react';

const allowedTags = new Set(['p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 'a', 'h3', 'h4', 'blockquote']);

function toReact(node: Node, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (!(node instanceof Element)) return null;
  const children = [...node.childNodes].map(toReact);
  const tag = node.tagName.toLowerCase();
  if (!allowedTags.has(tag)) return children;
  if (tag === 'a') {
    const href = node.getAttribute('href') ?? '';
    if (!/^(https?:|mailto:)/i.test(href)) return children;
    return createElement('a', { key, href, rel: 'noopener noreferrer' }, ...children);
  }
  return createElement(tag, { key }, ...(tag === 'br' ? [] : children));
}

/**
 * Shows a body's description, which the API keeps as rich text. The markup is rebuilt from a short list of
 * elements, without attributes except safe link targets, so nothing in it can run script or restyle the page.
 */
export function RichText({ html }: { html: string }) {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const hasMarkup = document.body.children.length > 0;
  if (!hasMarkup) return <p className="pre-line">{document.body.textContent}</p>;
  return <div className="rich-text">{[...document.body.childNodes].map(toReact)}</div>;
}
