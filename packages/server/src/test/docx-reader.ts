import JSZip from 'jszip';
import mammoth from 'mammoth';

/** Test helper: the parts of a DOCX a reader sees: the body as text and as HTML (mammoth), the header and footer XML. */
export async function openDocx(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const partsNamed = async (pattern: RegExp) =>
    (await Promise.all(Object.keys(zip.files).filter((name) => pattern.test(name)).map((name) => zip.file(name)!.async('string')))).join('\n');
  return {
    text: (await mammoth.extractRawText({ buffer: bytes })).value,
    html: (await mammoth.convertToHtml({ buffer: bytes })).value,
    headers: await partsNamed(/^word\/header\d*\.xml$/),
    footers: await partsNamed(/^word\/footer\d*\.xml$/),
  };
}
