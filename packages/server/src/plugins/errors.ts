import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '@collegium/shared/contracts/common';
import { errorStatus, type ErrorCode } from '@collegium/shared/errors';
import { AppError } from '../lib/app-error.js';

const titles: Partial<Record<number, string>> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  410: 'Gone',
  412: 'Precondition failed',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  423: 'Locked',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export function problem(
  code: ErrorCode,
  detail: string,
  request: FastifyRequest,
  extra: Partial<Problem> = {},
): Problem {
  const status = errorStatus[code];
  return {
    type: `urn:collegium:problem:${code}`,
    title: titles[status] ?? 'Error',
    status,
    detail,
    code,
    instance: request.id,
    ...extra,
  };
}

/** `/body/email` → `email`, `/items/2/name` → `items[2].name` */
function fieldOf(instancePath: string, params: Record<string, unknown> | undefined): string {
  const parts = instancePath.split('/').filter(Boolean);
  const missing = params?.missingProperty ?? params?.requiredProperties;
  if (typeof missing === 'string') parts.push(missing);
  else if (Array.isArray(missing) && typeof missing[0] === 'string') parts.push(missing[0]);
  if (typeof params?.additionalProperty === 'string') parts.push(params.additionalProperty);
  return parts.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(body)';
}

function humanMessage(message: string | undefined, keyword: string | undefined): string {
  if (keyword === 'required') return 'is required';
  if (keyword === 'additionalProperties') return 'is not a known field';
  return message ?? 'is invalid';
}

function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.status(body.status).type('application/problem+json').send(body);
}

/**
 * `htmlFallback` answers unknown non-API GETs that accept HTML (the web app's client-side routes);
 * everything else unknown is a 404 problem.
 */
export function registerErrorHandling(
  app: FastifyInstance,
  htmlFallback: (url: string) => Promise<string | null> = async () => null,
): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      const { field, ...rest } = error.details;
      return sendProblem(reply, problem(error.code, error.message, request, { ...(field ? { field } : {}), ...rest }));
    }
    if (error.validation) {
      const errors = error.validation.map((v) => ({
        field: fieldOf(v.instancePath, v.params),
        message: humanMessage(v.message, v.keyword),
      }));
      const first = errors[0];
      const where = error.validationContext && error.validationContext !== 'body' ? `${error.validationContext} ` : '';
      return sendProblem(
        reply,
        problem('validation_failed', first ? `${where}${first.field} ${first.message}.` : 'The request is invalid.', request, {
          ...(first ? { field: first.field } : {}),
          errors,
        }),
      );
    }
    const status = error.statusCode ?? 500;
    if (status === 429) return sendProblem(reply, problem('too_many_requests', 'Too many requests. Please wait a moment and try again.', request));
    if (status === 413) return sendProblem(reply, problem('payload_too_large', 'The request body is too large.', request));
    if (status === 415) return sendProblem(reply, problem('unsupported_media_type', 'This content type is not accepted here.', request));
    if (status >= 400 && status < 500) {
      return sendProblem(reply, problem('bad_request', error.message || 'The request is invalid.', request));
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, problem('internal', 'Something went wrong on our side. The error has been logged.', request));
  });

  app.setNotFoundHandler(async (request, reply) => {
    const wantsHtml = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
    const html = wantsHtml ? await htmlFallback(request.url) : null;
    if (html) return reply.type('text/html; charset=utf-8').send(html);
    return sendProblem(reply, problem('not_found', `There is no ${request.method} ${request.url.split('?')[0]}.`, request));
  });
}
