import { loadSpecValidator, toDiscordErrors } from './schema.js';
const t0 = Date.now();
const v = await loadSpecValidator();
console.log('load', Date.now() - t0, v.operationCount);
const cases: [string, string, unknown][] = [
  ['POST', '/interactions/{interaction_id}/{interaction_token}/callback', { type: 4, data: { content: 'hi' } }],
  ['POST', '/interactions/{interaction_id}/{interaction_token}/callback', { type: 4, data: { content: 'x'.repeat(2001) } }],
  ['POST', '/interactions/{interaction_id}/{interaction_token}/callback', { type: 5, data: { flags: 0 } }],
  ['POST', '/interactions/{interaction_id}/{interaction_token}/callback', { type: 8, data: { choices: Array.from({length: 26}, (_, i) => ({name: 'a'+i, value: 'v'})) } }],
  ['POST', '/interactions/{interaction_id}/{interaction_token}/callback', { type: 4, data: { embeds: [{ description: 'd'.repeat(4097) }] } }],
  ['POST', '/interactions/{interaction_id}/{interaction_token}/callback', { type: 4, data: { components: [{ type: 1, components: Array.from({length: 6}, (_, i) => ({type: 2, style: 1, custom_id: 'b'+i, label: 'x'})) }] } }],
  ['POST', '/interactions/{interaction_id}/{interaction_token}/callback', { type: 99 }],
  ['POST', '/channels/{channel_id}/messages', { content: 'hi', message_reference: { message_id: 'abc' } }],
  ['PUT', '/applications/{application_id}/commands', [{ name: 'ask', description: 'Ask', options: [{ type: 3, name: 'question', description: 'q', required: true }] }]],
  ['PATCH', '/webhooks/{webhook_id}/{webhook_token}/messages/@original', { content: 'edited', embeds: [{ title: 't', timestamp: new Date().toISOString(), url: 'not a url' }] }],
  ['POST', '/users/@me/channels', { recipient_id: '123' }],
];
for (const [m, p, b] of cases) { const t = Date.now(); const r = v.validate(m, p, b); console.log(m, p, Date.now() - t, r.checked, r.schema, JSON.stringify(toDiscordErrors(r.issues))); }
console.log(JSON.stringify(v.validate('POST', '/channels/{channel_id}/messages', { content: 'x', components: [{ type: 1, components: Array.from({length: 6}, (_, i) => ({type: 2, style: 1, custom_id: 'b'+i, label: 'x'})) }] }).issues));
console.log(JSON.stringify(v.validate('POST', '/channels/{channel_id}/messages', { content: 'x', components: [{ type: 1, components: [{type: 2, style: 1, label: 'x'.repeat(81), custom_id: 'a'}] }] }).issues));
console.log(JSON.stringify(v.validate('POST', '/channels/{channel_id}/messages', { content: 5 }).issues));
