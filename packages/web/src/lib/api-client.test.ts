import { describe, expect, it } from 'vitest';
import { ApiError, buildUrl, fieldErrors, parseProblem } from './api-client';

describe('parseProblem', () => {
  it('reads an RFC 9457 problem with its field', () => {
    const error = parseProblem(
      400,
      'application/problem+json; charset=utf-8',
      JSON.stringify({ type: 'about:blank', title: 'Bad', status: 400, code: 'validation_failed', detail: 'email is required.', field: 'email', instance: 'req-1' }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation_failed');
    expect(error.problem).toEqual({ code: 'validation_failed', detail: 'email is required.', field: 'email', instance: 'req-1' });
  });

  it('keeps only well-formed validation errors', () => {
    const error = parseProblem(
      400,
      'application/problem+json',
      JSON.stringify({ code: 'validation_failed', detail: 'x', errors: [{ field: 'name', message: 'is required' }, { nope: 1 }, null] }),
    );
    expect(error.problem.errors).toEqual([{ field: 'name', message: 'is required' }]);
  });

  it('survives HTML or broken JSON from a proxy', () => {
    expect(parseProblem(502, 'text/html', '<h1>Bad gateway</h1>').code).toBe('internal');
    expect(parseProblem(404, 'application/json', '{oops').code).toBe('unreadable_response');
    expect(parseProblem(400, 'application/json', '{"message":"no code"}').code).toBe('unreadable_response');
  });
});

describe('fieldErrors', () => {
  it('puts the detail next to the named field and adds the other validation messages', () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      detail: 'email must be an e-mail address.',
      field: 'email',
      errors: [
        { field: 'email', message: 'must be an e-mail address' },
        { field: 'displayName', message: 'is required' },
        { field: '(body)', message: 'is invalid' },
      ],
    });
    expect(fieldErrors(error)).toEqual({ email: 'email must be an e-mail address.', displayName: 'is required' });
  });

  it('gives nothing for errors that are not from the API', () => {
    expect(fieldErrors(new Error('boom'))).toEqual({});
    expect(fieldErrors(new ApiError(409, { code: 'conflict', detail: 'Taken' }))).toEqual({});
  });
});

describe('buildUrl', () => {
  it('drops empty parameters and encodes the rest', () => {
    expect(buildUrl('/api/v1/users', { q: 'ana maria', limit: 50, offset: 0, x: undefined, y: '' })).toBe(
      '/api/v1/users?q=ana+maria&limit=50&offset=0',
    );
    expect(buildUrl('/api/v1/me')).toBe('/api/v1/me');
  });
});
