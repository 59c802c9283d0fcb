import { errorStatus, type ErrorCode } from '@collegium/shared/errors';

/** The one error type services throw; the error handler turns it into RFC 9457 problem details. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { field?: string; row?: number; [key: string]: unknown } = {},
  ) {
    super(message);
    this.status = errorStatus[code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found.`);
export const forbidden = (message = 'You do not have permission to do this.') => new AppError('forbidden', message);
export const unauthenticated = () => new AppError('unauthenticated', 'Please sign in first.');
export const invalidField = (field: string, message: string) =>
  new AppError('validation_failed', message, { field });
