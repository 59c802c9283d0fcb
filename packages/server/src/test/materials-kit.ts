import type { LightMyRequestResponse } from 'fastify';
import type { Material, UploadedMaterials } from '@collegium/shared/contracts/materials';
import type { AgendaItem, SessionDetail } from '@collegium/shared/contracts/sessions';
import type { TestApp } from './harness.js';
import { multipartBody } from './platform/fixtures.js';
import type { Headers } from './requests.js';

export interface UploadPart {
  fileName: string;
  content: Buffer | string;
  contentType?: string;
}

/** POSTs files (field "files") and an optional change note as multipart/form-data, as the web app does. */
export function postFiles(app: TestApp, url: string, headers: Headers, files: UploadPart[], changeNote?: string) {
  const body = multipartBody([
    ...(changeNote === undefined ? [] : [{ field: 'changeNote', content: changeNote }]),
    ...files.map((file) => ({ field: 'files', ...file })),
  ]);
  return app.server.inject({ method: 'POST', url, payload: body.payload, headers: { ...headers, ...body.headers } });
}

export const uploadedMaterials = (response: LightMyRequestResponse): Material[] => {
  if (response.statusCode !== 201) throw new Error(`expected 201, got ${response.statusCode} ${response.body}`);
  return (response.json() as UploadedMaterials).materials;
};

export const itemTitled = (session: SessionDetail, title: string): AgendaItem => {
  const item = session.agenda.items.find((candidate) => candidate.title === title);
  if (!item) throw new Error(`no item "${title}" in ${session.agenda.items.map((i) => i.title).join(', ')}`);
  return item;
};

/** A small text file with distinct bytes (the store is content-addressed). */
export const textFile = (fileName: string, text = `${fileName} ${Math.random()}`): UploadPart => ({
  fileName,
  content: text,
  contentType: 'text/plain',
});
