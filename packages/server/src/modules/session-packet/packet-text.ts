import { degrees, drawText, PDFHexString, type Color, type PDFFont, type PDFName, type PDFOperator, type PDFPage } from 'pdf-lib';

export interface TextOptions {
  x: number;
  y: number;
  size: number;
  color: Color;
  /** counter-clockwise, in degrees */
  rotate?: number;
}

/**
 * Text set with one embedded font, a character at a time. pdf-lib measures and encodes every string by
 * running the font's shaping (fontkit layout), which cost most of a large packet's build; here each
 * character is measured and encoded once and strings are summed and concatenated. The result is what
 * pdf-lib draws anyway: it places glyphs by their advance widths, without kerning. Text is NFC-normalised
 * so a letter with a combining mark is one character.
 */
export class TextSetter {
  private readonly widths = new Map<string, number>();
  private readonly codes = new Map<string, string>();
  private readonly keys = new WeakMap<PDFPage, PDFName>();

  constructor(readonly font: PDFFont) {}

  /** The width of text at a size, in points. */
  width(text: string, size: number): number {
    let units = 0;
    for (const ch of text.normalize('NFC')) {
      let width = this.widths.get(ch);
      if (width === undefined) this.widths.set(ch, (width = this.font.widthOfTextAtSize(ch, 1)));
      units += width;
    }
    return units * size;
  }

  private encode(text: string): PDFHexString {
    let hex = '';
    for (const ch of text.normalize('NFC')) {
      let code = this.codes.get(ch);
      if (code === undefined) this.codes.set(ch, (code = this.font.encodeText(ch).toString().slice(1, -1)));
      hex += code;
    }
    return PDFHexString.of(hex);
  }

  /** The operators that draw text with its baseline at (x, y) on the page (whose resources get the font). */
  operators(page: PDFPage, text: string, options: TextOptions): PDFOperator[] {
    let key = this.keys.get(page);
    if (!key) this.keys.set(page, (key = page.node.newFontDictionary(this.font.name, this.font.ref)));
    const { rotate = 0, ...rest } = options;
    return drawText(this.encode(text), { ...rest, font: key, rotate: degrees(rotate), xSkew: degrees(0), ySkew: degrees(0) });
  }

  /** Draws text with its baseline at (x, y), into the page's own content stream. */
  draw(page: PDFPage, text: string, options: TextOptions): void {
    page.pushOperators(...this.operators(page, text, options));
  }
}
