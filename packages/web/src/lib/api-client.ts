/**
 * The one way the web app talks to the server: JSON over fetch with the session cookie, the CSRF token on
 * every write, and RFC 9457 problem details turned into ApiError.
 */
export interface ProblemBody {
  code: string;
  detail: string;
  field?: string;
  errors?: { field: string; message: string }[];
  instance?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemBody,
  ) {
    super(problem.detail);
    this.name = 'ApiError';
  }

  get code(): string {
    return this.problem.code;
  }
}

/** Codes the web app invents for failures that never reached the server's error handler. */
export const clientErrorCodes = { network: 'network_error', unreadable: 'unreadable_response' } as const;

function isProblemBody(value: unknown): value is ProblemBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.detail === 'string';
}

/** Turns a failed response into an ApiError; pure so it can be tested without a server. */
export function parseProblem(status: number, contentType: string | null, bodyText: string): ApiError {
  if (contentType && /json/i.test(contentType)) {
    try {
      const body: unknown = JSON.parse(bodyText);
      if (isProblemBody(body)) {
        const problem: ProblemBody = { code: body.code, detail: body.detail };
        if (typeof body.field === 'string') problem.field = body.field;
        if (Array.isArray(body.errors)) {
          problem.errors = body.errors.filter(
            (e): e is { field: string; message: string } =>
              typeof e === 'object' && e !== null && typeof e.field === 'string' && typeof e.message === 'string',
          );
        }
        if (typeof body.instance === 'string') problem.instance = body.instance;
        return new ApiError(status, problem);
      }
    } catch {
      // fall through to the generic problem below
    }
  }
  return new ApiError(status, { code: status >= 500 ? 'internal' : clientErrorCodes.unreadable, detail: '' });
}

/**
 * Messages to show next to form fields, by field name. The problem's own `field` gets its `detail`
 * (a full sentence); further validation errors get their message.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const result: Record<string, string> = {};
  for (const e of error.problem.errors ?? []) {
    if (e.field && e.field !== '(body)') result[e.field] = e.message;
  }
  if (error.problem.field) result[error.problem.field] = error.problem.detail;
  return result;
}

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The token writes must carry, for requests made without api() (an upload that reports its progress). */
export const currentCsrfToken = (): string | null => csrfToken;

type Query = Record<string, string | number | boolean | undefined | null>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
  /** the ETag of the version being changed; a stale one answers 412 */
  ifMatch?: string;
  /** further request headers, such as an Idempotency-Key */
  headers?: Record<string, string>;
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  // a FormData body (a file upload) sets its own multipart content type
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  Object.assign(headers, options.headers);
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, { code: clientErrorCodes.network, detail: '' });
  }
  const text = await response.text();
  if (!response.ok) throw parseProblem(response.status, response.headers.get('content-type'), text);
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError(response.status, { code: clientErrorCodes.unreadable, detail: '' });
  }
}
