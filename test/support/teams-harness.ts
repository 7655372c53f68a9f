import { PassThrough } from 'node:stream';
import { serve } from '../../adapters/serve.ts';
import { parseConfig } from '../../adapters/system/config.ts';
import { jsonLogger } from '../../adapters/system/logger.ts';
import type { Desk } from '../../src/desk/index.ts';
import { readingButtonValues } from './button-values.ts';
import { type Harness, openDesk, staff } from './desk-harness.ts';
import { type FakeConnector, startFakeConnector } from './fake-connector.ts';
import { postActivity, type TeamsActivity, teamsUser } from './teams-activities.ts';
import type { RawTenantFile } from './tenant-builders.ts';

export interface TeamsHarness extends Harness {
  readonly connector: FakeConnector;
  readonly messagesUrl: string;
  readonly logs: string[];
  send(activity: TeamsActivity, authorization?: string): ReturnType<typeof postActivity>;
}

/** The staff of the desk harness as Teams sends them (by AAD object ID). */
export const people = {
  ana: teamsUser('Ana Silva', staff.ana.teamsUserId ?? ''),
  ben: teamsUser('Ben Okafor', staff.ben.teamsUserId ?? ''),
  dev: teamsUser('Dev Patel', staff.dev.teamsUserId ?? ''),
  stranger: teamsUser('Mallory', '99999999-9999-4999-8999-999999999999'),
};

/**
 * Teams over real HTTP on 127.0.0.1: the process's server with the Teams channel, a fake Bot
 * Framework connector at the activities' serviceUrl, the sandbox provider and a real lowdb store.
 * `auth: 'on'` configures an app ID, so Bot Framework tokens are required.
 */
export const openTeams = async (
  options: {
    file?: Partial<RawTenantFile>;
    now?: string;
    auth?: 'on' | 'off';
    /** What the server is given in place of the desk (to make it fail, say). */
    serveDesk?: (desk: Desk) => Desk;
  } = {},
): Promise<TeamsHarness> => {
  const connector = await startFakeConnector();
  const h = await openDesk({
    ...(options.file === undefined ? {} : { file: options.file }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const env =
    options.auth === 'on'
      ? {
          MicrosoftAppId: '8f2a6c1e-4b7d-4e93-a0c5-d61b3e9f7a24',
          MicrosoftAppPassword: 'app-password-secret',
          MicrosoftAppType: 'SingleTenant',
          MicrosoftAppTenantId: '9c4e2b71-3f5a-4d8e-a6b0-2e7d1c9f8a35',
        }
      : { TEAMS_ALLOW_UNAUTHENTICATED: 'true' };
  const parsed = parseConfig(env, { cwd: process.cwd(), projectRoot: process.cwd() });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const logs: string[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => logs.push(...chunk.toString('utf8').trim().split('\n')));
  const served = await serve({
    desk: options.serveDesk?.(h.desk) ?? h.desk,
    config: parsed.config,
    log: jsonLogger(stream, 'debug'),
    port: 0,
    host: '127.0.0.1',
  });
  const messagesUrl = `${served.url}/api/messages`;
  return {
    ...h,
    desk: readingButtonValues(h.desk),
    connector,
    messagesUrl,
    logs,
    send: (activity, authorization) =>
      postActivity(messagesUrl, activity, authorization === undefined ? {} : { authorization }),
    close: async () => {
      await served.close();
      await connector.close();
      await h.close();
    },
  };
};

type Card = {
  type: string;
  version: string;
  body: unknown[];
  actions?: { type: string; verb?: string; title: string; data?: Record<string, unknown> }[];
};

/** The Adaptive Card of a task-module answer ({ task: { type: 'continue', value: { card } } }). */
export const taskCard = (body: unknown): Card => {
  const task = (body as { task?: { type: string; value: { card: { content: Card } } } }).task;
  if (task?.type !== 'continue')
    throw new Error(`expected a task module, got ${JSON.stringify(body).slice(0, 300)}`);
  return task.value.card.content;
};

/** The Adaptive Card an activity (a reply the connector received) carries. */
export const activityCard = (activity: unknown): Card => {
  const card = (activity as { attachments?: { content: Card }[] }).attachments?.[0]?.content;
  if (card === undefined) throw new Error(`no card in ${JSON.stringify(activity).slice(0, 300)}`);
  return card;
};

export const cardText = (card: unknown): string => JSON.stringify(card);
