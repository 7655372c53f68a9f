import { fc } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandNames } from '../../src/chat/grammar.ts';
import { type Posted, slackRequest } from '../support/chat-requests.ts';
import { anyValue, hostileString, mutated } from '../support/mutations.ts';
import { openSlack, refundValues, type SlackHarness, viewOf } from '../support/slack-harness.ts';
import { blockAction, viewSubmission } from '../support/slack-payloads.ts';
import { slashCommand } from '../support/slack-requests.ts';

// Random and hostile input, correctly signed, against the real Slack endpoint over HTTP: the
// command grammar, random form bodies, random `payload` JSON, and mutations of valid payloads.
// Never a 5xx, nothing thrown inside a listener, and /healthz still answers afterwards.

let s: SlackHarness;
let pending: Posted;
let refundMeta: string;
beforeAll(async () => {
  s = await openSlack();
  pending = await slackRequest(s, { reservation: 'VM_RI_D2s_weu', channelId: 'C0FUZZ' });
  await s.command('UDEV', 'refund VM_RI_D2s_weu', 'C0FUZZ');
  const opened = await s.fake.waitFor('views.open', () => true, 2);
  refundMeta = viewOf(opened[1]).private_metadata;
});
afterAll(async () => s?.close());

const runs = { numRuns: 60 };
const users = fc.constantFrom('UDEV', 'UANA', 'UBEN', 'UNOBODY');

/** Posts a signed body; the property is that the answer is never a 5xx. */
const noServerError = async (body: string, contentType?: string) => {
  const r = await s.post(body, contentType === undefined ? {} : { contentType });
  expect(r.status, `${r.status} ${r.text.slice(0, 200)} for ${body.slice(0, 300)}`).toBeLessThan(
    500,
  );
};
const asPayload = (payload: unknown) =>
  new URLSearchParams({ payload: JSON.stringify(payload) ?? 'undefined' }).toString();
const payloadOf = (form: string): unknown =>
  JSON.parse(new URLSearchParams(form).get('payload') ?? '');

/** A command word (any case, sometimes misspelt) and a few hostile arguments. */
const commandText = fc
  .tuple(
    fc.oneof(fc.constantFrom(...commandNames), hostileString),
    fc.boolean(),
    fc.array(fc.oneof(hostileString, fc.constantFrom('contoso', 'VM_RI_D2s_weu', '2', '"a b"')), {
      maxLength: 5,
    }),
  )
  .map(([word, upper, args]) => [upper ? word.toUpperCase() : word, ...args].join(' '));

describe('the Slack endpoint under random, signed input', () => {
  it('answers random and hostile slash commands without a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(commandText, users, async (text, userId) => {
        const body = slashCommand({
          text,
          userId,
          channelId: 'C0FUZZ',
          responseUrl: s.fake.responseUrl('fuzz'),
        });
        await noServerError(body);
      }),
      runs,
    );
  });

  it('answers random form bodies, with or without the command fields, without a 5xx', async () => {
    const valid = Object.fromEntries(
      new URLSearchParams(
        slashCommand({
          text: 'help',
          userId: 'UDEV',
          channelId: 'C0FUZZ',
          responseUrl: s.fake.responseUrl('fuzz'),
        }),
      ),
    );
    const field = fc.oneof(
      fc.constantFrom(...Object.keys(valid), 'payload'),
      fc.string({ maxLength: 12 }),
    );
    const form = fc.tuple(fc.boolean(), fc.dictionary(field, hostileString, { maxKeys: 6 }));
    await fc.assert(
      fc.asyncProperty(form, async ([base, extra]) => {
        await noServerError(new URLSearchParams({ ...(base ? valid : {}), ...extra }).toString());
      }),
      runs,
    );
  });

  it('answers random payload JSON, of any shape or none, without a 5xx', async () => {
    const payload = fc.oneof(
      fc.anything({ maxDepth: 3 }).map(asPayload),
      fc
        .record(
          {
            type: fc.constantFrom('block_actions', 'view_submission', 'view_closed', 'shortcut'),
            user: fc.record({ id: users }),
          },
          { requiredKeys: [] },
        )
        .chain((base) =>
          fc
            .dictionary(fc.string({ maxLength: 10 }), anyValue, { maxKeys: 5 })
            .map((rest) => asPayload({ ...rest, ...base })),
        ),
      hostileString.map((text) => `payload=${encodeURIComponent(text)}`),
    );
    await fc.assert(
      fc.asyncProperty(payload, (body) => noServerError(body)),
      runs,
    );
  });

  it('answers mutated button clicks and modal submissions without a 5xx', async () => {
    const at = {
      channelId: 'C0FUZZ',
      messageTs: '1732790000.000100',
      responseUrl: s.fake.responseUrl('fuzz'),
    };
    const valid = [
      blockAction({ userId: 'UANA', actionId: 'rd:reject', value: pending.reject, ...at }),
      blockAction({ userId: 'UANA', actionId: 'rd:share', value: 'list contoso', ...at }),
      blockAction({
        userId: 'UDEV',
        actionId: 'rd:modal-quantity',
        value: '1',
        view: {
          viewId: 'V0FUZZ',
          callbackId: 'refund_modal',
          privateMetadata: refundMeta,
          values: refundValues('1', ''),
        },
      }),
      viewSubmission({
        userId: 'UDEV',
        callbackId: 'refund_modal',
        viewId: 'V0FUZZ',
        privateMetadata: refundMeta,
        values: refundValues('1', 'fuzz'),
      }),
    ].map(payloadOf);
    const body = fc
      .constantFrom(...valid)
      .chain(mutated)
      .map(asPayload);
    await fc.assert(
      fc.asyncProperty(body, (b) => noServerError(b)),
      { numRuns: 120 },
    );
  });

  it('answers random and mutated Events API JSON without a 5xx', async () => {
    const event = {
      type: 'event_callback',
      team_id: 'T0PARTNER',
      api_app_id: 'A0RESDESK',
      event: { type: 'app_mention', user: 'UDEV', text: 'hi', channel: 'C0FUZZ', ts: '1.2' },
      authorizations: [{ team_id: 'T0PARTNER', enterprise_id: null, is_bot: true }],
    };
    const json = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      mutated(event),
      mutated({ type: 'url_verification', challenge: 'abc', token: 'x' }),
    );
    await fc.assert(
      fc.asyncProperty(json, (v) => noServerError(JSON.stringify(v) ?? 'null', 'application/json')),
      runs,
    );
  });

  it('is still healthy afterwards, and nothing failed inside a listener', async () => {
    expect((await fetch(`${s.baseUrl}/healthz`)).status).toBe(200);
    const failures = s.logs.filter((l) => /"level":"error"/.test(l));
    expect(failures, failures.slice(0, 3).join('\n')).toEqual([]);
  });
});
