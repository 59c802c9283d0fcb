import type { FastifyRequest } from 'fastify';

const secretParameters = /([?&](?:token|access_token|code|state)=)[^&#]*/gi;

/** A URL fit for the log: values of query parameters that carry credentials are replaced. */
export function redactUrl(url: string): string {
  return url.replace(secretParameters, '$1[redacted]');
}

/**
 * How requests appear in the log. WebSocket clients may authenticate with `?token=` and OpenID
 * callbacks carry one-time codes in the query, so those values never reach the log.
 */
export const logSerializers = {
  req(request: FastifyRequest) {
    return {
      method: request.method,
      url: redactUrl(request.url),
      host: request.host,
      remoteAddress: request.ip,
    };
  },
};
