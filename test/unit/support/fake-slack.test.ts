import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isValidSlackRequest } from '@slack/bolt';
import { ErrorCode, WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../../support/fake-slack.ts';
import { postSlack, sign, slashCommand, urlVerification } from '../../support/slack-requests.ts';

describe('fake Slack Web API', () => {
  let fake: FakeSlack;
  let client: WebClient;

  beforeEach(async () => {
    fake = await startFakeSlack();
    // No retries: a failing call should fail the test now, not in half an hour.
    client = new WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
  });
  afterEach(() => fake.close());

  it('answers chat.postMessage with increasing message timestamps', async () => {
    const first = await client.chat.postMessage({ channel: 'C0DESK', text: 'one' });
    const second = await client.chat.postMessage({ channel: 'C0DESK', text: 'two' });
    expect(first).toMatchObject({ ok: true, channel: 'C0DESK', ts: '1732790000.000100' });
    expect(first.message).toMatchObject({ text: 'one', ts: first.ts, bot_id: 'B0RESDESK' });
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));
  });

  it('records every call in order with its token and decoded blocks', async () => {
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*Refund* ready' } }];
    await client.chat.postMessage({ channel: 'C0DESK', text: 'Refund ready', blocks });
    await client.chat.update({ channel: 'C0DESK', ts: '1.2', text: 'x', token: 'xoxb-other' });
    expect(fake.calls().map((c) => c.method)).toEqual(['chat.postMessage', 'chat.update']);
    expect(fake.lastCall('chat.postMessage')).toEqual({
      method: 'chat.postMessage',
      args: { channel: 'C0DESK', text: 'Refund ready', blocks },
      token: 'xoxb-test',
    });
    expect(fake.lastCall('chat.update').token).toBe('xoxb-other');
    expect(fake.lastCall('chat.update').args).not.toHaveProperty('token');
    expect(() => fake.lastCall('views.open')).toThrow(/no views.open call; calls seen \(2\)/);
  });

  it('gives each opened view a fresh id, which views.update keeps', async () => {
    const view = { type: 'modal' as const, title: { type: 'plain_text' as const, text: 'Refund' } };
    const opened = await client.views.open({
      trigger_id: '1.2.abc',
      view: { ...view, blocks: [] },
    });
    const pushed = await client.views.push({
      trigger_id: '1.2.def',
      view: { ...view, blocks: [] },
    });
    const id = opened.view?.id ?? '';
    const updated = await client.views.update({ view_id: id, view: { ...view, blocks: [] } });
    expect(id).toMatch(/^V/);
    expect(pushed.view?.id).not.toBe(id);
    expect(updated.view).toMatchObject({ id, title: view.title, type: 'modal' });
    expect(fake.lastCall('views.open').args.view).toEqual({ ...view, blocks: [] });
  });

  it('answers users.info like Slack: locale on request, email only with users:read.email', async () => {
    fake.users.set('UDEV', { tz: 'Asia/Tokyo', profile: { phone: '+81 3 0000 0000' } });
    const plain = await client.users.info({ user: 'UDEV' });
    const withLocale = await client.users.info({ user: 'UDEV', include_locale: true });
    expect(plain.user).toMatchObject({
      id: 'UDEV',
      tz: 'Asia/Tokyo',
      tz_label: expect.any(String),
    });
    expect(plain.user).not.toHaveProperty('locale');
    expect(plain.user?.profile).toMatchObject({ phone: '+81 3 0000 0000', first_name: 'Test' });
    expect(plain.user?.profile).not.toHaveProperty('email');
    expect(withLocale.user?.locale).toBe('en-GB');

    const emailFake = await startFakeSlack({ botScopes: ['users:read', 'users:read.email'] });
    const emailClient = new WebClient('xoxb-test', { slackApiUrl: emailFake.apiUrl });
    const withEmail = await emailClient.users
      .info({ user: 'UDEV' })
      .finally(() => emailFake.close());
    expect(withEmail.user?.profile?.email).toBe('udev@partner.example');
  });

  it('fails the next call of a method when told, then answers normally', async () => {
    fake.failNext('chat.postMessage', 'channel_not_found');
    await expect(client.chat.postMessage({ channel: 'C0GONE', text: 'x' })).rejects.toMatchObject({
      code: ErrorCode.PlatformError,
      data: { ok: false, error: 'channel_not_found' },
    });
    await expect(client.chat.postMessage({ channel: 'C0DESK', text: 'x' })).resolves.toMatchObject({
      ok: true,
    });
    fake.failNext('auth.test');
    await expect(client.auth.test()).rejects.toMatchObject({ data: { error: 'internal_error' } });
  });

  it('waitFor resolves once a later call matches', async () => {
    const waiting = fake.waitFor('chat.update', (call) => call.args.text === 'approved', 2);
    await client.chat.update({ channel: 'C0DESK', ts: '1.1', text: 'approved' });
    await client.chat.update({ channel: 'C0DESK', ts: '1.2', text: 'pending' });
    await client.chat.update({ channel: 'C0DESK', ts: '1.3', text: 'approved' });
    const calls = await waiting;
    expect(calls.map((c) => c.args.ts)).toEqual(['1.1', '1.3']);
  });

  it('waitFor rejects after its timeout, listing the calls seen', async () => {
    await client.chat.postMessage({ channel: 'C0DESK', text: 'only this' });
    await expect(fake.waitFor('chat.update', undefined, 1, { timeoutInMs: 50 })).rejects.toThrow(
      /chat\.update.*timed out after 50 ms; calls seen \(1\): chat\.postMessage .*only this/,
    );
  });

  it('records POSTs to response URLs, and fails one when told', async () => {
    const respond = (body: object) =>
      fetch(fake.responseUrl('cmd-1'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const answered = await respond({ text: 'Quote ready', replace_original: true });
    fake.failNext('response_url', 'expired_url');
    const expired = await respond({ text: 'late' });
    expect([answered.status, await answered.json()]).toEqual([200, { ok: true }]);
    expect(expired.status).toBe(404);
    expect(fake.calls('response_url')[0]).toEqual({
      method: 'response_url',
      id: 'cmd-1',
      args: { text: 'Quote ready', replace_original: true },
    });
  });
});

describe('signed Slack requests', () => {
  it('signs like the example in Slack’s request-verification guide', () => {
    const secret = '8f742231b10e8888abcd99yyyzzz85a5';
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    const expected = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';
    const independent = createHmac('sha256', secret).update(`v0:1531420618:${body}`).digest('hex');
    expect(sign(body, secret, 1531420618)).toBe(expected);
    expect(`v0=${independent}`).toBe(expected);
  });

  it('posts with exactly the headers Slack sends, verifiable by Bolt', async () => {
    const seen: { headers: IncomingHttpHeaders; body: string }[] = [];
    const app = createServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += String(chunk);
      seen.push({ headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"response_action":"clear"}');
    });
    await once(app.listen(0, '127.0.0.1'), 'listening');
    const url = `http://127.0.0.1:${(app.address() as AddressInfo).port}/slack/events`;
    const command = slashCommand({
      text: 'refund R-1',
      userId: 'UDEV',
      channelId: 'C0DESK',
      responseUrl: 'https://hooks.example/1',
    });
    const options = { secret: 'shh', retryNum: 1, retryReason: 'http_timeout' };
    const reply = await postSlack(url, command, options);
    await postSlack(url, urlVerification('challenge-1'), { secret: 'shh' });
    app.close();
    app.closeAllConnections();

    const [form, json] = seen;
    expect(reply).toEqual({
      status: 200,
      text: '{"response_action":"clear"}',
      json: { response_action: 'clear' },
    });
    expect(form?.headers).toMatchObject({
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect(new URLSearchParams(form?.body).get('text')).toBe('refund R-1');
    expect(json?.headers['content-type']).toBe('application/json');
    expect(json?.headers).not.toHaveProperty('x-slack-retry-num');
    for (const request of seen) {
      const headers = {
        'x-slack-signature': String(request.headers['x-slack-signature']),
        'x-slack-request-timestamp': Number(request.headers['x-slack-request-timestamp']),
      };
      expect(isValidSlackRequest({ signingSecret: 'shh', body: request.body, headers })).toBe(true);
    }
  });
});
