/**
 * How fast does the bot answer? Through the fake Discord (test/fake-discord) on
 * 127.0.0.1, with the real discord.js client, the real command modules and the
 * shipped knowledge folder: for each `/ask`, the time from the fake dispatching
 * INTERACTION_CREATE on the gateway to the fake receiving the interaction
 * callback (the answer leaving the bot). Prints p50/p90/p99/max in ms.
 *
 *   npx tsx bench/discord-latency.ts [--n 300] [--concurrency 8] [--vectors auto|off]
 *
 * Two runs: one question at a time (latency), then `--concurrency` in flight
 * (latency under load, queueing included). Nothing leaves 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createBot } from '../src/bot/client.js';
import { loadCommands } from '../src/bot/commands.js';
import { deployCommands } from '../src/bot/deploy-commands.js';
import { MemoryGapRecorder } from '../src/bot/gaps.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { openKnowledgeBase } from '../src/open-knowledge.js';
import { type FakeInteraction, startFakeDiscord } from '../test/fake-discord/server.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '8' },
    vectors: { type: 'string', default: 'auto' },
  },
});
const N = Number(values.n);
const CONCURRENCY = Number(values.concurrency);
const TOKEN = 'bench-token-0123456789abcdefghij';
const APP_ID = '1100000000000000001';

/** Questions from the evaluation fixtures (answerable, paraphrased, look-alikes that should abstain). */
function questions(): string[] {
  const out: string[] = [];
  for (const f of ['paraphrased', 'heldout', 'lookalike', 'dev-questions']) {
    try {
      const list = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/questions', `${f}.json`), 'utf8')) as Array<{ q?: unknown }>;
      for (const item of list) if (typeof item.q === 'string' && item.q.length <= 100) out.push(item.q);
    } catch {
      // A missing fixture file only shrinks the pool.
    }
  }
  if (out.length === 0) out.push('How many more officers is Kenya sending to Haiti?', "What's the best pizza in Naples?");
  return out;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

function summary(label: string, ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const f = (x: number) => x.toFixed(2).padStart(7);
  return `${label.padEnd(28)} n=${String(s.length).padStart(4)}  p50 ${f(percentile(s, 50))}  p90 ${f(percentile(s, 90))}  p99 ${f(percentile(s, 99))}  max ${f(s[s.length - 1] ?? NaN)}  (ms)`;
}

async function main(): Promise<void> {
  const fake = await startFakeDiscord({ token: TOKEN, applicationId: APP_ID, defaultTimeoutMs: 10_000 });
  const config = loadConfig(
    { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'), LOG_LEVEL: 'silent', WORD_VECTORS: values.vectors },
    { dotenv: false },
  );
  const logger = createLogger({ level: 'silent' });
  const kb = await openKnowledgeBase(config, config.KNOWLEDGE_DIR, logger);
  const commands = await loadCommands();
  // Registered so the fake checks each interaction against the real definitions. The fake
  // takes default_member_permissions as a number only (see test/bot/e2e.test.ts).
  const forFake = new Map(
    [...commands].map(([name, c]) => {
      const perms = (c.data as { default_member_permissions?: unknown }).default_member_permissions;
      return [name, typeof perms === 'string' ? { ...c, data: { ...c.data, default_member_permissions: Number(perms) } as unknown as typeof c.data } : c];
    }),
  );
  await deployCommands(config, forFake, logger);
  const client = await createBot({ config, kb, logger, gaps: new MemoryGapRecorder(), commands });
  await client.login(TOKEN);
  await fake.waitForReady();

  const pool = questions();
  /** Sends one /ask and resolves with [bench-clock ms, fake-clock ms] from dispatch to callback receipt. */
  const one = async (i: number): Promise<[number, number, FakeInteraction]> => {
    const question = pool[i % pool.length]!;
    const started = performance.now();
    const ix = fake.sendSlashCommand({ name: 'ask', options: [{ name: 'question', type: 3, value: question }] });
    await fake.waitFor(() => ix.callbacks.length > 0, `the callback of interaction ${ix.id}`);
    const took = performance.now() - started;
    return [took, ix.callbacks[0]!.at - ix.createdAt, ix];
  };

  // Warm-up: JIT, caches, connection pool.
  for (let i = 0; i < 30; i++) await one(i);

  const sequential: number[] = [];
  const sequentialFake: number[] = [];
  let deferred = 0;
  let failed = 0;
  for (let i = 0; i < N; i++) {
    const [ms, fakeMs, ix] = await one(i);
    sequential.push(ms);
    sequentialFake.push(fakeMs);
    if (ix.callbacks[0]!.type === 5) deferred++;
    if (ix.callbacks[0]!.status >= 400) failed++;
  }

  const concurrent: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < N) {
        const [ms] = await one(next++);
        concurrent.push(ms);
      }
    }),
  );
  const wall = performance.now() - t0;

  // For comparison: the engine alone on the same questions (what the transport adds is the difference).
  const engineOnly: number[] = [];
  for (let i = 0; i < N; i++) {
    const started = performance.now();
    kb.engine.ask(pool[i % pool.length]!);
    engineOnly.push(performance.now() - started);
  }

  const problems = fake.problems();
  console.log(`discord latency: /ask through the fake Discord, dispatch → callback received (${pool.length} distinct questions, word vectors ${config.WORD_VECTORS})`);
  console.log(summary('sequential', sequential));
  console.log(summary('sequential (fake clock, 1ms)', sequentialFake));
  console.log(summary(`${CONCURRENCY} in flight`, concurrent));
  console.log(summary('engine.ask alone', engineOnly));
  console.log(`throughput with ${CONCURRENCY} in flight: ${((N / wall) * 1000).toFixed(0)} answers/s; deferred: ${deferred}; failed callbacks: ${failed}; fake problems: ${problems.length}`);
  for (const p of problems.slice(0, 5)) console.log(`  ${p}`);

  await client.destroy();
  await fake.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
