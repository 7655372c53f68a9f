import { readFile } from 'node:fs/promises';
import type { AppsManifestCreateArguments } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

type Manifest = AppsManifestCreateArguments['manifest'];
type BotScope = NonNullable<
  NonNullable<NonNullable<Manifest['oauth_config']>['scopes']>['bot']
>[number];

// The bot scopes @slack/web-api knows. As a `Record<BotScope, true>` the compiler rejects a
// missing or made-up key, so this runtime list is exactly the library's union.
const knownBotScopes: Record<BotScope, true> = {
  'app_mentions:read': true,
  'bookmarks:read': true,
  'bookmarks:write': true,
  'calls:read': true,
  'calls:write': true,
  'channels:history': true,
  'channels:join': true,
  'channels:manage': true,
  'channels:read': true,
  'channels:write.invites': true,
  'channels:write.topic': true,
  'chat:write': true,
  'chat:write.customize': true,
  'chat:write.public': true,
  commands: true,
  'conversations.connect:manage': true,
  'conversations.connect:read': true,
  'conversations.connect:write': true,
  'datastore:read': true,
  'datastore:write': true,
  'dnd:read': true,
  'emoji:read': true,
  'files:read': true,
  'files:write': true,
  'groups:history': true,
  'groups:read': true,
  'groups:write': true,
  'groups:write.invites': true,
  'groups:write.topic': true,
  'im:history': true,
  'im:read': true,
  'im:write': true,
  'incoming-webhook': true,
  'links.embed:write': true,
  'links:read': true,
  'links:write': true,
  'metadata.message:read': true,
  'mpim:history': true,
  'mpim:read': true,
  'mpim:write': true,
  'mpim:write.invites': true,
  'mpim:write.topic': true,
  none: true,
  'pins:read': true,
  'pins:write': true,
  'reactions:read': true,
  'reactions:write': true,
  'reminders:read': true,
  'reminders:write': true,
  'remote_files:read': true,
  'remote_files:share': true,
  'remote_files:write': true,
  'team.billing:read': true,
  'team.preferences:read': true,
  'team:read': true,
  'tokens.basic': true,
  'triggers:read': true,
  'triggers:write': true,
  'usergroups:read': true,
  'usergroups:write': true,
  'users.profile:read': true,
  'users:read': true,
  'users:read.email': true,
  'users:write': true,
  'workflow.steps:execute': true,
};

const isBotScope = (value: unknown): value is BotScope =>
  typeof value === 'string' && Object.hasOwn(knownBotScopes, value);

const httpsUrl = z.url({ protocol: /^https$/ });

// Strict objects: a misspelled key (`always_onlin`) fails as surely as a misspelled scope.
const manifestSchema = z.strictObject({
  _metadata: z.strictObject({ major_version: z.literal(1), minor_version: z.number().int() }),
  display_information: z.strictObject({
    name: z.string().min(1).max(35),
    description: z.string().min(1).max(140),
    background_color: z.string().regex(/^#([0-9a-f]{3}){1,2}$/i),
  }),
  features: z.strictObject({
    bot_user: z.strictObject({
      display_name: z.string().min(1).max(80),
      always_online: z.boolean(),
    }),
    slash_commands: z.array(
      z.strictObject({
        command: z.string().regex(/^\/[a-z0-9_-]{1,31}$/),
        url: httpsUrl,
        description: z.string().min(1).max(2000),
        usage_hint: z.string().max(1000),
        should_escape: z.boolean(),
      }),
    ),
  }),
  oauth_config: z.strictObject({
    scopes: z.strictObject({
      bot: z.array(z.custom<BotScope>(isBotScope, { message: 'not a Slack bot scope' })),
    }),
  }),
  settings: z.strictObject({
    interactivity: z.strictObject({ is_enabled: z.boolean(), request_url: httpsUrl }),
    org_deploy_enabled: z.boolean(),
    socket_mode_enabled: z.boolean(),
    token_rotation_enabled: z.boolean(),
  }),
});

const manifestPath = new URL('../../../manifest/slack/manifest.yaml', import.meta.url);
const raw: unknown = parse(await readFile(manifestPath, 'utf8'));
const manifest = manifestSchema.parse(raw);
// Compile-time check that what the schema accepts is a manifest @slack/web-api would send.
const asSlackManifest: Manifest = manifest;

describe('Slack app manifest', () => {
  it('is a version-1 manifest for the Reservation Desk bot', () => {
    expect(asSlackManifest.display_information.name).toBe('Reservation Desk');
    expect(manifest.features.bot_user).toEqual({
      display_name: 'Reservation Desk',
      always_online: true,
    });
  });

  it('registers /reservation at the events endpoint', () => {
    const command = manifest.features.slash_commands.find((c) => c.command === '/reservation');
    expect(command?.url).toMatch(/^https:\/\/[^/]+\/slack\/events$/);
    expect(command?.should_escape).toBe(false);
  });

  it('sends interactivity to the same URL as the slash command', () => {
    const [command] = manifest.features.slash_commands;
    expect(manifest.settings.interactivity).toEqual({
      is_enabled: true,
      request_url: command?.url,
    });
  });

  it('asks for exactly the scopes the bot uses', () => {
    const expected: BotScope[] = ['chat:write', 'commands', 'users:read'];
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(expected);
  });

  it('names only scopes Slack knows', () => {
    expect(manifest.oauth_config.scopes.bot.filter((s) => !isBotScope(s))).toEqual([]);
    const misspelled = { ...manifest, oauth_config: { scopes: { bot: ['chat:writes'] } } };
    expect(manifestSchema.safeParse(misspelled).success).toBe(false);
  });

  it('uses HTTP request URLs, a single workspace and long-lived tokens', () => {
    expect(manifest.settings).toMatchObject({
      socket_mode_enabled: false,
      org_deploy_enabled: false,
      token_rotation_enabled: false,
    });
  });
});
