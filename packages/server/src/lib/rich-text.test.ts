import { describe, expect, it } from 'vitest';
import { sanitizeOptionalRichText, sanitizeRichText } from './rich-text.js';

describe('sanitizeRichText', () => {
  it('keeps formatting, lists and web links', () => {
    const html = '<p>Tasks: <strong>portal</strong></p><ul><li><a href="https://gov.example/x">rules</a></li></ul>';
    expect(sanitizeRichText(html)).toBe(
      '<p>Tasks: <strong>portal</strong></p><ul><li><a href="https://gov.example/x">rules</a></li></ul>',
    );
  });

  it('removes scripts, event handlers, styles and dangerous links', () => {
    const html =
      '<p onclick="x()" style="color:red">Hi</p><script>alert(1)</script><a href="javascript:alert(1)">x</a><img src=x onerror=alert(1)><iframe src="//evil"></iframe>';
    const clean = sanitizeRichText(html);
    expect(clean).toBe('<p>Hi</p><a>x</a>');
    expect(clean).not.toMatch(/script|onclick|onerror|javascript|iframe|style/);
  });

  it('keeps Slovenian, Serbian Cyrillic and Greek text intact', () => {
    expect(sanitizeRichText('<p>Čšž — Општина — Περιφέρεια</p>')).toBe('<p>Čšž — Општина — Περιφέρεια</p>');
  });

  it('passes null and undefined through and turns empty markup into null', () => {
    expect(sanitizeOptionalRichText(undefined)).toBeUndefined();
    expect(sanitizeOptionalRichText(null)).toBeNull();
    expect(sanitizeOptionalRichText('<script>x</script>')).toBeNull();
  });
});
