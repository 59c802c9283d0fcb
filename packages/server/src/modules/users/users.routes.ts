import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../context.js';

export async function userRoutes(_app: FastifyInstance, _deps: Deps): Promise<void> {}
