import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Ok, Problem } from '@collegium/shared/contracts/common';
import { CHANGE_NOTE_FIELD, UPLOAD_FILES_FIELD, maxFilesPerUpload } from '@collegium/shared/contracts/documents';
import {
  AgendaItemParams,
  AttachDocumentInput,
  LateDecisionInput,
  Material,
  MaterialParams,
  UploadedMaterials,
} from '@collegium/shared/contracts/materials';
import { SessionDetail } from '@collegium/shared/contracts/sessions';
import type { Deps } from '../../context.js';
import { readUploadedParts, registerDocumentMultipart } from '../documents/upload-parts.js';
import { decideLateItem, decideLateMaterial } from './late.service.js';
import { addMaterialVersion, attachDocument, removeMaterial, uploadMaterials } from './materials.service.js';

const tags = ['materials'];
const writeErrors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const uploadErrors = { ...writeErrors, 413: Problem, 415: Problem };
const refusals = 'Files over the size limit are refused with 413, executables and unknown binary types with 415; the message names the file.';
const managers = 'the body’s chair, secretary or coordinator';
const deciders = 'the body’s chair or deputy chair, or an administrator';

export async function materialRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  await registerDocumentMultipart(app, deps);
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post(
    '/api/v1/agenda-items/:id/materials',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: `Upload files as materials of an agenda item (${managers})`,
        description:
          `multipart/form-data with up to ${maxFilesPerUpload} files in "${UPLOAD_FILES_FIELD}". Each becomes a document of ` +
          `the session’s body (version 1) and a material of the item; after the submission deadline they are late. ${refusals}`,
        consumes: ['multipart/form-data'],
        params: AgendaItemParams,
        response: { 201: UploadedMaterials, ...uploadErrors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await uploadMaterials(request.ctx, request.params.id, readUploadedParts(request))),
  );

  r.post(
    '/api/v1/agenda-items/:id/materials/attach',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: `Attach an existing document as a material of an agenda item (${managers})`,
        params: AgendaItemParams,
        body: AttachDocumentInput,
        response: { 201: Material, ...writeErrors },
      },
    },
    async (request, reply) => reply.status(201).send(await attachDocument(request.ctx, request.params.id, request.body)),
  );

  r.post(
    '/api/v1/agenda-items/:id/late-decision',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: `Approve or refuse an item added after the submission deadline (${deciders})`,
        description: '409 when the item is not late or was already decided. Answers the session.',
        params: AgendaItemParams,
        body: LateDecisionInput,
        response: { 200: SessionDetail, ...writeErrors },
      },
    },
    async (request) => decideLateItem(request.ctx, request.params.id, request.body),
  );

  r.delete(
    '/api/v1/materials/:materialId',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: `Remove a material from its item; the document stays (${managers})`,
        params: MaterialParams,
        response: { 200: Ok, ...writeErrors },
      },
    },
    async (request) => {
      await removeMaterial(request.ctx, request.params.materialId);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/materials/:materialId/versions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: `Add a new version of a material’s document (${managers})`,
        description: `multipart/form-data: one file in "${UPLOAD_FILES_FIELD}", an optional "${CHANGE_NOTE_FIELD}". ${refusals}`,
        consumes: ['multipart/form-data'],
        params: MaterialParams,
        response: { 201: Material, ...uploadErrors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addMaterialVersion(request.ctx, request.params.materialId, readUploadedParts(request))),
  );

  r.post(
    '/api/v1/materials/:materialId/late-decision',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: `Approve or refuse a material added after the submission deadline (${deciders})`,
        description: '409 when the material is not late or was already decided.',
        params: MaterialParams,
        body: LateDecisionInput,
        response: { 200: Material, ...writeErrors },
      },
    },
    async (request) => decideLateMaterial(request.ctx, request.params.materialId, request.body),
  );
}
