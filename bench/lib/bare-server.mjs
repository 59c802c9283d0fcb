// The yardstick for the http and sessions benchmarks: a bare Fastify process answering GET BARE_PATH
// (default /api/v1/me) with fixed JSON
// (the body the real server returned), nothing else. Prints its port on the first line of stdout.
import Fastify from 'fastify';

const body = JSON.parse(process.env.BARE_BODY ?? '{}');
const app = Fastify({ logger: false });
app.get(process.env.BARE_PATH ?? '/api/v1/me', async () => body);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
console.log(typeof address === 'object' && address ? address.port : 0);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void app.close().then(() => process.exit(0)));
