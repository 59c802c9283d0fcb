import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../lib/app-error.js';
import { elfExecutable as elf, minimalPdf, windowsExecutable as windowsExe } from '../test/platform/fixtures.js';
import { LocalFileStore } from './store.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('content-addressed file store', () => {
  let root: string;
  let store: LocalFileStore;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'collegium-files-'));
    store = new LocalFileStore(root, 1024);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('addresses bytes by their sha256 and stores the same bytes once', async () => {
    const text = Buffer.from('Agenda item 1: adoption of the minutes\n');
    const first = await store.put(text, { declaredType: 'text/plain' });
    const second = await store.put(Readable.from([text.subarray(0, 5), text.subarray(5)]));
    expect(first).toEqual({ sha256: sha256(text), size: text.length, contentType: 'text/plain' });
    expect(second.sha256).toBe(first.sha256);
    const all: string[] = [];
    for await (const address of store.list()) all.push(address);
    expect(all).toEqual([first.sha256]);
  });

  it('opens, reports and removes what it holds', async () => {
    const bytes = Buffer.from('a;b;c\n1;2;3\n');
    const { sha256: address, contentType } = await store.put(bytes, { declaredType: 'text/csv; charset=utf-8' });
    expect(contentType).toBe('text/csv');
    expect(await store.has(address)).toBe(true);
    expect(await collect(await store.open(address))).toEqual(bytes);
    await store.remove(address);
    expect(await store.has(address)).toBe(false);
    expect((await errorOf(store.open(address))).code).toBe('not_found');
    expect((await errorOf(store.open('../../etc/passwd'))).code).toBe('bad_request');
  });

  it('refuses a file over the size limit with payload_too_large and keeps nothing of it', async () => {
    const error = await errorOf(store.put(Buffer.alloc(2048, 0x61)));
    expect(error.code).toBe('payload_too_large');
    expect(error.status).toBe(413);
    expect(await store.has(sha256(Buffer.alloc(2048, 0x61)))).toBe(false);
    expect((await errorOf(store.put(Buffer.alloc(100, 0x61), { maxBytes: 50 }))).code).toBe('payload_too_large');
  });

  it('decides the type from the bytes, not the declared type', async () => {
    const pdf = await store.put(minimalPdf, { declaredType: 'text/plain' });
    expect(pdf.contentType).toBe('application/pdf');
    const html = await store.put(Buffer.from('<script>alert(1)</script>'), { declaredType: 'text/html' });
    expect(html.contentType).toBe('text/plain');
  });

  it('refuses executables and unknown binary content with 415', async () => {
    for (const bytes of [elf, windowsExe, Buffer.from([0, 1, 2, 3, 0, 255, 254, 0])]) {
      const error = await errorOf(store.put(bytes, { declaredType: 'application/pdf' }));
      expect(error.code).toBe('unsupported_media_type');
      expect(error.status).toBe(415);
      expect(await store.has(sha256(bytes))).toBe(false);
    }
  });

  it('refuses an empty file', async () => {
    const error = await errorOf(store.put(Buffer.alloc(0)));
    expect(error.code).toBe('bad_request');
    expect(error.message).toContain('empty');
  });
});
