import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileTypeFromFile } from 'file-type';
import { AppError } from '../lib/app-error.js';

export interface StoredFile {
  sha256: string;
  size: number;
  contentType: string;
}

/** Where file bytes live. The local folder is the default; an S3-compatible bucket can implement the same. */
export interface FileStore {
  /** Stores the bytes (streamed, hashed on the way) and returns their address and sniffed type. */
  put(input: Readable | Buffer, options?: { declaredType?: string; maxBytes?: number }): Promise<StoredFile>;
  open(sha256: string): Promise<Readable>;
  has(sha256: string): Promise<boolean>;
  remove(sha256: string): Promise<void>;
  /** every stored address, for backups */
  list(): AsyncIterable<string>;
}

/** Types the store accepts; anything else is refused with 415. */
export const allowedContentTypes = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'application/msword',
  'application/vnd.ms-excel',
  'application/zip',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'text/plain',
  'text/csv',
  'text/calendar',
  'application/xml',
]);

const textLike = new Set(['text/plain', 'text/csv', 'text/calendar', 'application/xml', 'application/json']);

const isSha256 = (value: string) => /^[0-9a-f]{64}$/.test(value);

export class LocalFileStore implements FileStore {
  constructor(
    private readonly root: string,
    private readonly defaultMaxBytes: number,
  ) {}

  private pathOf(sha256: string): string {
    if (!isSha256(sha256)) throw new AppError('bad_request', 'Not a file address.');
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(input: Readable | Buffer, options: { declaredType?: string; maxBytes?: number } = {}): Promise<StoredFile> {
    const maxBytes = options.maxBytes ?? this.defaultMaxBytes;
    const tmpDir = path.join(this.root, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmp = path.join(tmpDir, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > maxBytes) {
          done(new AppError('payload_too_large', `The file is larger than the limit of ${Math.floor(maxBytes / 1048576)} MB.`));
          return;
        }
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(Buffer.isBuffer(input) ? Readable.from([input]) : input, meter, createWriteStream(tmp));
      if (size === 0) throw new AppError('bad_request', 'The file is empty.');
      const contentType = await sniff(tmp, options.declaredType);
      const sha256 = hash.digest('hex');
      const target = this.pathOf(sha256);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(tmp, target);
      return { sha256, size, contentType };
    } finally {
      await rm(tmp, { force: true });
    }
  }

  async open(sha256: string): Promise<Readable> {
    const file = this.pathOf(sha256);
    if (!(await this.has(sha256))) throw new AppError('not_found', 'The file was not found.');
    return createReadStream(file);
  }

  async has(sha256: string): Promise<boolean> {
    return stat(this.pathOf(sha256)).then(
      () => true,
      () => false,
    );
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }

  async *list(): AsyncIterable<string> {
    const { readdir } = await import('node:fs/promises');
    const level = async (dir: string) => readdir(dir).catch(() => [] as string[]);
    for (const a of await level(this.root)) {
      if (a === 'tmp') continue;
      for (const b of await level(path.join(this.root, a))) {
        for (const name of await level(path.join(this.root, a, b))) if (isSha256(name)) yield name;
      }
    }
  }
}

/** Decides the content type from the bytes, not the name; text types are trusted only when no binary type is found. */
async function sniff(file: string, declaredType: string | undefined): Promise<string> {
  const detected = await fileTypeFromFile(file);
  let contentType = detected?.mime as string | undefined;
  if (!contentType) {
    const declared = declaredType?.split(';')[0]?.trim().toLowerCase();
    contentType = declared && textLike.has(declared) ? declared : 'text/plain';
    if (!(await looksLikeText(file))) contentType = 'application/octet-stream';
  }
  if (!allowedContentTypes.has(contentType)) {
    throw new AppError('unsupported_media_type', `Files of type ${contentType} are not accepted.`);
  }
  return contentType;
}

async function looksLikeText(file: string): Promise<boolean> {
  const stream = createReadStream(file, { start: 0, end: 8191 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (chunk.includes(0)) return false;
  }
  return true;
}
