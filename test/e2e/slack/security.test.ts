import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openSlack,
  readable,
  type SlackHarness,
  signingSecret,
} from '../../support/slack-harness.ts';
import { blockAction } from '../../support/slack-payloads.ts';
import { sign, slashCommand, urlVerification } from '../../support/slack-requests.ts';

let s: SlackHarness;
beforeAll(async () => {
  s = await openSlack();
});
afterAll(async () => s?.close());

const body = () =>
  slashCommand({
    text: 'help',
    userId: 'UDEV',
    channelId: 'C1',
    responseUrl: s.fake.responseUrl('sec'),
  });
const now = () => Math.floor(Date.now() / 1000);

describe('what the Slack endpoint refuses', () => {
  it('refuses a bad signature with 401 and logs no secret', async () => {
    const b = body();
    const r = await s.post(b, { signature: sign(b, 'not-the-secret', now()) });
    expect(r.status).toBe(401);
    expect(s.logs.join('\n')).not.toContain(signingSecret);
  });

  it('refuses timestamps more than five minutes away, stale or in the future', async () => {
    expect((await s.post(body(), { timestamp: now() - 301 })).status).toBe(401);
    expect((await s.post(body(), { timestamp: now() + 301 })).status).toBe(401);
    expect((await s.post(body(), { timestamp: now() - 250 })).status).toBe(200);
  });

  it('refuses malformed payloads with a 4xx and stays up', async () => {
    const cases = [
      'payload=%7Bnot-json',
      'payload=%7B%22type%22%3A%22block_actions%22%7D',
      'text=help',
      `payload=${encodeURIComponent(JSON.stringify({ type: 'view_submission', user: { id: 'U1' }, view: { id: 5 } }))}`,
    ];
    for (const c of cases) expect((await s.post(c)).status).toBe(400);
    expect(
      (await s.post('{"type":"event_callback"', { contentType: 'application/json' })).status,
    ).toBe(400);
    expect((await s.post(body(), { contentType: 'text/plain' })).status).toBe(400);
    expect((await fetch(`${s.baseUrl}/healthz`)).status).toBe(200);
  });

  it('refuses a button whose message container holds numbers, without failing inside', async () => {
    const valid = new URLSearchParams(
      blockAction({
        userId: 'UANA',
        actionId: 'rd:approve',
        value: 'RD-NOPE01',
        channelId: 'C1',
        messageTs: '1',
        responseUrl: s.fake.responseUrl('odd'),
      }),
    );
    const payload = JSON.parse(valid.get('payload') ?? '{}');
    delete payload.channel;
    payload.container = { type: 'message', channel_id: 42, message_ts: 7 };
    const r = await s.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString());

    expect(r.status).toBe(200);
    const [refusal] = await s.fake.waitFor('response_url', (c) => c.id === 'odd');
    expect(readable(refusal)).toContain(':no_entry:');
    expect(s.logs.filter((l) => l.includes('slack_listener_failed'))).toEqual([]);
  });

  it('handles a 20 kB command text and answers politely', async () => {
    const big = slashCommand({
      text: `show ${'x'.repeat(20_000)}`,
      userId: 'UDEV',
      channelId: 'C1',
      responseUrl: s.fake.responseUrl('big'),
    });
    const r = await s.post(big);
    expect(r.status).toBe(200);
    expect(readable({ method: 'ack', args: r.json as Record<string, unknown> })).toContain(
      'No reservation matches',
    );
  });

  it('answers the Events API URL check and refuses unknown paths', async () => {
    const r = await s.post(urlVerification('abc123'));
    expect(r.json).toEqual({ challenge: 'abc123' });
    expect((await fetch(`${s.baseUrl}/nope`)).status).toBe(404);
  });

  it('refuses a body over the size limit with 413', async () => {
    const r = await s.post(`text=${'y'.repeat(1_100_000)}`);
    expect(r.status).toBe(413);
  });
});
