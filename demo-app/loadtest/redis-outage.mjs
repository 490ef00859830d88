// Redis stopped and started under load: npm's loadtest sends the cached music list at a steady rate
// while this script kills the demo's Redis with SIGKILL, starts it again some seconds later, and
// watches /metrics for the first cache hit after the restart. Prints the failed requests (goal 0)
// and the seconds until the cache served again.
//
// The demo and its Redis are started here, on free ports, from a built jar (run.sh builds it):
//   node demo-app/loadtest/redis-outage.mjs [--jar demo-app/target/redweave-demo.jar] [--down-at 8]
//       [--up-at 16] [--seconds 30] [--rps 10] [--aof yes]
// With --aof yes, Redis keeps an append-only file, so it comes back with what it held (the cached
// list included), and the script adds a music while Redis is down: whether the cached list shows it
// afterwards says whether the eviction of that write survived the outage.

import { spawn, execFile } from 'node:child_process';
import { mkdtempSync, openSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const LOADTEST = 'loadtest@8.2.1';
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
const jar = args.jar ?? 'demo-app/target/redweave-demo.jar';
const downAt = Number(args['down-at'] ?? 8);
const upAt = Number(args['up-at'] ?? 16);
const seconds = Number(args.seconds ?? 30);
const rps = Number(args.rps ?? 10);
const aof = args.aof === 'yes';
const auth = `Basic ${Buffer.from('twtrubiks:password123').toString('base64')}`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function startRedis(port, dir) {
  return spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', aof ? 'yes' : 'no'], {
    stdio: 'ignore',
  });
}

async function until(what, check, ms = 120_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    await sleep(100);
  }
  throw new Error(`${what} did not happen within ${ms / 1000} s`);
}

async function hits(base) {
  const text = await (await fetch(`${base}/metrics`)).text();
  const m = text.match(/^redweave_cache_hits_total\{cache="musics"\} ([\d.eE+]+)$/m);
  return m ? Number(m[1]) : 0;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'redweave-outage-'));
const redisPort = await freePort();
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
let redis = startRedis(redisPort, dir);
const demo = spawn('java', ['-jar', jar], {
  env: { ...process.env, PORT: String(port), DATA_DIR: path.join(dir, 'demo'), REDWEAVE_REDIS_URL: `redis://127.0.0.1:${redisPort}` },
  stdio: ['ignore', openSync(path.join(dir, 'demo.log'), 'a'), 'inherit'],
});
console.log(`demo log: ${path.join(dir, 'demo.log')}`);

// a sample of the latency in each phase, beside loadtest's totals: one timed request every 250 ms
const samples = [];
let phase = 'before';
async function sample() {
  while (phase !== 'done') {
    const t = Date.now();
    try {
      const r = await fetch(`${base}/api/musics/`, { headers: { Authorization: auth, Accept: 'application/json;version=1.0' } });
      await r.arrayBuffer();
      samples.push({ phase, ms: Date.now() - t, ok: r.ok });
    } catch {
      samples.push({ phase, ms: Date.now() - t, ok: false });
    }
    await sleep(250);
  }
}
function summary(name) {
  const ms = samples.filter((x) => x.phase === name).map((x) => x.ms).sort((a, b) => a - b);
  const failed = samples.filter((x) => x.phase === name && !x.ok).length;
  return ms.length ? `${name}: ${ms.length} samples, median ${ms[ms.length >> 1]} ms, max ${ms[ms.length - 1]} ms, failed ${failed}` : `${name}: none`;
}
try {
  await until('the demo answering /health', async () => (await fetch(`${base}/health`)).ok);
  // a steady rate the uncached path can also carry (it serves while Redis is down), as a request
  // count: loadtest 8.2.1 sends nothing when --rps is given with -t; -d fails a request after 10 s
  const argv = ['--yes', LOADTEST, '-H', `Authorization: ${auth}`, '-H', 'Accept: application/json;version=1.0', '-k',
    '--rps', String(rps), '-n', String(rps * seconds), '-d', '10000', `${base}/api/musics/`];
  console.log(`$ npx ${argv.map((a) => (a.includes(' ') ? JSON.stringify(a) : a)).join(' ')}`);
  const sampler = sample();
  const load = promisify(execFile)('npx', argv, { encoding: 'utf8', maxBuffer: 1 << 24, timeout: (seconds + 120) * 1000 });
  await sleep(downAt * 1000);
  redis.kill('SIGKILL');
  phase = 'down';
  console.log(`t=${downAt} s: Redis killed (SIGKILL)`);
  let added = null;
  if (aof) {
    await sleep(1000);
    const r = await fetch(`${base}/api/musics/`, {
      method: 'POST',
      headers: { Authorization: auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ song: 'added while Redis was down', singer: 'outage' }),
    });
    added = (await r.json()).id;
    console.log(`added music ${added} while Redis was down (${r.status})`);
  }
  await sleep((upAt - downAt) * 1000);
  redis = startRedis(redisPort, dir);
  phase = 'after';
  const restarted = Date.now();
  const before = await hits(base);
  console.log(`t=${upAt} s: Redis started again, ${aof ? 'from its append-only file' : 'empty'}`);
  await until('a cache hit after the restart', async () => (await hits(base)) > before, 60_000);
  const recovery = (Date.now() - restarted) / 1000;
  const { stdout } = await load;
  phase = 'done';
  await sampler;
  console.log(['before', 'down', 'after'].map(summary).join('\n'));
  if (added !== null) {
    const cached = await (await fetch(`${base}/api/musics/`, { headers: { Authorization: auth, Accept: 'application/json;version=1.0' } })).text();
    const fresh = await (await fetch(`${base}/api/musics/`, { headers: { Authorization: auth } })).text();
    console.log(`after the restart: the database list ${fresh.includes(`"id":${added},`) ? 'has' : 'lacks'} music ${added}; `
      + `the cached list ${cached.includes(`"id":${added},`) ? 'has it (the eviction survived)' : 'lacks it: the eviction was lost and the cache serves the list from before the write'}`);
  }
  const pick = (re) => Number((stdout.match(re) ?? [])[1]);
  const result = {
    requests: pick(/Completed requests:\s+(\d+)/),
    errors: pick(/Total errors:\s+(\d+)/),
    rps: pick(/Effective rps:\s+([\d.]+)/),
    p50: pick(/\n\s+50%\s+(\d+) ms/),
    p99: pick(/\n\s+99%\s+(\d+) ms/),
    max: pick(/100%\s+(\d+) ms/),
    recoverySeconds: recovery,
  };
  console.log(stdout.split('\n').filter((l) => /Completed|errors|Effective|Mean|50%|99%|100%/.test(l)).join('\n'));
  console.log(JSON.stringify(result));
  console.log(`| ${result.requests} | ${result.errors} | ${result.p50} ms | ${result.p99} ms | ${result.max} ms | ${recovery.toFixed(1)} s |`);
} finally {
  demo.kill('SIGTERM');
  redis.kill('SIGKILL');
}
