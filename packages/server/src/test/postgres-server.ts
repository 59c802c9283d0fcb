export { ensurePostgresInstalled, startPostgres, type PostgresServer } from '../db/postgres-server.js';
