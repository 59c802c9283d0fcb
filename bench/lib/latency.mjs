// Sequential request latency against the running server: one request at a time, so each sample is the
// time a person waits (sent → whole body read), after a warm-up that is not counted.

/**
 * @typedef {{ samples: number, p50: number, p99: number, max: number, bytes: number }} LatencySummary
 */

/**
 * Nearest-rank percentile of sorted values.
 * @param {number[]} sorted
 * @param {number} p 0–100
 */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/**
 * Runs `request` warm-up + samples times in a row and summarises the counted ones.
 * @param {() => Promise<number>} request resolves to the number of response bytes; throws on a bad answer
 * @param {{ warmup: number, samples: number }} counts
 * @returns {Promise<LatencySummary & { timesMs: number[] }>}
 */
export async function measureLatency(request, { warmup, samples }) {
  for (let i = 0; i < warmup; i++) await request();
  /** @type {number[]} */
  const timesMs = [];
  let bytes = 0;
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    bytes = await request();
    timesMs.push(performance.now() - started);
  }
  return summarize(timesMs, bytes);
}

/**
 * @param {number[]} timesMs
 * @param {number} bytes size of the last response
 */
export function summarize(timesMs, bytes) {
  const sorted = [...timesMs].sort((a, b) => a - b);
  return { samples: timesMs.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN, bytes, timesMs };
}

/**
 * GET as the signed-in client; throws unless the answer is 200. Resolves to the parsed JSON and its size.
 * @param {string} url
 * @param {string} cookie
 */
export async function getJson(url, cookie) {
  const response = await fetch(url, { headers: { cookie } });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return { body: /** @type {any} */ (JSON.parse(text)), bytes: Buffer.byteLength(text) };
}
