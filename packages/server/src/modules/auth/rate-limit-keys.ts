import type { FastifyRequest } from 'fastify';
import { sha256Hex } from '../../lib/crypto.js';
import { SESSION_COOKIE } from './auth.sessions.js';

/**
 * Rate-limit key for steps taken inside one sign-in or account (TOTP codes, password changes): the
 * session or token, else the client address. Guessing is bounded per account by the lockout; keying by
 * session keeps colleagues behind one office address from slowing each other down.
 */
export function perSessionKey(request: FastifyRequest): string {
  const credential = request.cookies[SESSION_COOKIE] ?? request.headers.authorization;
  return credential ? `credential:${sha256Hex(credential)}` : `ip:${request.ip}`;
}
