import { it } from 'vitest';
import { startFakeDiscord } from '../fake-discord/server.js';
import { NO_IDENTIFY_WAIT, startBot, sleep } from './harness.js';
it('dbg', async () => {
  const fake = await startFakeDiscord({ token: 'gateway-test-token-0123456789', heartbeatIntervalMs: 200 });
  const bot = await startBot(fake, { env: { RATE_LIMIT_QUESTIONS: '1000' }, clientOptions: NO_IDENTIFY_WAIT });
  bot.client.on('debug', (m) => console.log(Date.now() % 100000, 'DEBUG', m.slice(0, 200)));
  console.log('open', fake.openConnections);
  fake.closeGateway(4000);
  for (let i = 0; i < 20; i++) { await sleep(100); console.log(Date.now() % 100000, 'open', fake.openConnections, 'resumes', fake.resumes.map(r => r.outcome)); }
  await bot.stop(); await fake.close();
}, 30000);
