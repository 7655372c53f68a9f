import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync, inflateRawSync, inflateSync } from 'node:zlib';
import { AppManifestUtils, TeamsManifestConverter } from '@microsoft/app-manifest';
import { afterEach, describe, expect, it } from 'vitest';
import { drawColorIcon, drawOutlineIcon, encodePng } from '../../../scripts/make-teams-icons.ts';
import {
  packageTeams,
  placeholderBotId,
  validateTeamsManifest,
} from '../../../scripts/package-teams.ts';
import {
  localizationSchemaFile,
  localizedField,
  validateTeamsLocalization,
} from '../../../scripts/package-teams-localization.ts';
import { createTempDir, type TempDir } from '../../support/temp-dir.ts';

const teamsDir = fileURLToPath(new URL('../../../manifest/teams/', import.meta.url));
const rawManifest = await readFile(join(teamsDir, 'manifest.json'), 'utf8');
// The converter type-checks every field at run time and throws on a mismatch.
const manifest = TeamsManifestConverter.jsonToManifest(rawManifest);
// Narrowed to the version in use so fields are typed; a schema upgrade changes this line too.
if (manifest.manifestVersion !== '1.30') throw new Error('manifest.json is no longer v1.30');
const appId = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
const rawZhCn = await readFile(join(teamsDir, 'zh-cn.json'), 'utf8');
const zhCn: Record<string, unknown> = JSON.parse(rawZhCn);
const schemasDir = join(
  dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest')),
  'json-schemas/teams',
);

/** Copies manifest/teams into `<dir>/source` without the files in `leaveOut`; returns the copy. */
const copySource = async (dir: string, leaveOut: readonly string[] = []): Promise<string> => {
  const sourceDir = join(dir, 'source');
  await mkdir(sourceDir);
  for (const name of ['manifest.json', 'color.png', 'outline.png', 'zh-cn.json']) {
    if (!leaveOut.includes(name)) await copyFile(join(teamsDir, name), join(sourceDir, name));
  }
  return sourceDir;
};

/** Decodes the 8-bit RGBA, filter-0 PNGs our encoder writes; refuses anything else. */
const decodePng = (bytes: Buffer) => {
  if (bytes.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== bytes.readUInt32BE(at + 8 + length)) {
      throw new Error(`bad CRC in ${type}`);
    }
    if (type === 'IHDR') {
      [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
      if (body[8] !== 8 || body[9] !== 6 || body[12] !== 0) throw new Error('not 8-bit RGBA');
    }
    if (type === 'IDAT') data.push(body);
    at += length + 12;
  }
  const rows = inflateSync(Buffer.concat(data));
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    const filter = rows[y * (width * 4 + 1)];
    if (filter !== 0)
      throw new Error(`row ${y} uses PNG filter ${filter}; this decoder reads only 0`);
    rows.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, pixels };
};

/** Re-encodes a PNG's pixel rows with the first row's filter byte set to `filter`. */
const withFirstRowFilter = (png: Buffer, filter: number): Buffer => {
  const at = png.indexOf('IDAT', 8, 'latin1') - 4;
  const length = png.readUInt32BE(at);
  const rows = inflateSync(png.subarray(at + 8, at + 8 + length));
  rows[0] = filter;
  const body = Buffer.concat([Buffer.from('IDAT', 'latin1'), deflateSync(rows)]);
  const frame = Buffer.alloc(8);
  frame.writeUInt32BE(body.length - 4, 0);
  frame.writeUInt32BE(crc32(body), 4);
  const idat = Buffer.concat([frame.subarray(0, 4), body, frame.subarray(4)]);
  return Buffer.concat([png.subarray(0, at), idat, png.subarray(at + 12 + length)]);
};

/** Reads a zip's central directory and inflates every entry, checking sizes and CRCs. */
const readZip = (zip: Buffer): Map<string, Buffer> => {
  const end = zip.length - 22;
  if (zip.readUInt32LE(end) !== 0x06054b50) throw new Error('no end-of-central-directory record');
  const entries = new Map<string, Buffer>();
  for (let at = zip.readUInt32LE(end + 16), n = 0; n < zip.readUInt16LE(end + 10); n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory header');
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = inflateRawSync(zip.subarray(start, start + zip.readUInt32LE(at + 20)));
    if (zip.readUInt16LE(at + 10) !== 8) throw new Error(`${name} is not deflated`);
    if (data.length !== zip.readUInt32LE(at + 24) || crc32(data) !== zip.readUInt32LE(at + 16)) {
      throw new Error(`${name} does not match its recorded size or CRC`);
    }
    entries.set(name, data);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
};

describe('Teams app manifest', () => {
  it('validates against the v1.30 schema bundled with @microsoft/app-manifest', async () => {
    const schemaPath = join(
      dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest')),
      `json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
    const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
    expect(await AppManifestUtils.validateAgainstSchema(manifest, schema)).toEqual([]);
    expect(await validateTeamsManifest(JSON.parse(rawManifest))).toEqual([]);
  });

  it('is in US English, with Simplified Chinese in zh-cn.json', () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'en-us',
      additionalLanguages: [{ languageTag: 'zh-cn', file: 'zh-cn.json' }],
    });
  });

  it('uses manifest schema 1.22 or later', () => {
    const [major, minor] = manifest.manifestVersion.split('.').map(Number);
    expect(major === 1 && minor !== undefined && minor >= 22).toBe(true);
  });

  it('offers the bot in personal, team and group chats, case-exact', async () => {
    const [bot] = manifest.bots ?? [];
    expect(bot?.botId).toBe(placeholderBotId);
    expect(bot?.scopes).toEqual(['personal', 'team', 'groupChat']);
    const lowercase = JSON.parse(rawManifest.replace('"groupChat"', '"groupchat"'));
    expect(await validateTeamsManifest(lowercase)).toContainEqual(
      expect.stringContaining('/bots/0/scopes/2 must be equal to one of the allowed values'),
    );
  });

  it('lists the grammar commands for personal and team scopes', () => {
    const [list] = manifest.bots?.[0]?.commandLists ?? [];
    expect(list?.scopes).toEqual(['personal', 'team']);
    expect(list?.commands.map((c) => c.title)).toEqual([
      'help',
      'customers',
      'list',
      'show',
      'refund',
      'exchange',
      'cap',
      'requests',
    ]);
    expect(list?.commands.every((c) => (c.description ?? '').length > 0)).toBe(true);
  });

  it('has a message extension with refund, exchange and findReservation', () => {
    const [extension] = manifest.composeExtensions ?? [];
    expect(extension?.botId).toBe(manifest.bots?.[0]?.botId);
    const commands = extension?.commands?.map((c) => [c.id, c.type, c.fetchTask ?? false]);
    expect(commands).toEqual([
      ['refund', 'action', true],
      ['exchange', 'action', true],
      ['findReservation', 'query', false],
    ]);
    expect(extension?.commands?.[2]?.parameters).toEqual([
      expect.objectContaining({ name: 'query', title: 'Customer, name or ID', inputType: 'text' }),
    ]);
  });

  it('serves every developer URL from a valid domain', () => {
    expect(manifest.validDomains?.length).toBeGreaterThan(0);
    const { websiteUrl, privacyUrl, termsOfUseUrl } = manifest.developer;
    for (const url of [websiteUrl, privacyUrl, termsOfUseUrl]) {
      expect(manifest.validDomains).toContain(new URL(url).hostname);
    }
  });
});

describe('Teams localization zh-cn.json', () => {
  it('validates against the localization schema bundled for the manifest version', async () => {
    const version = manifest.manifestVersion;
    expect(zhCn.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${version}/${localizationSchemaFile}`,
    );
    expect(await validateTeamsLocalization(zhCn, version)).toEqual([]);
  });

  it('needs the bundled localization schema repaired: as shipped, Ajv cannot compile it', async () => {
    // If this starts passing, @microsoft/app-manifest fixed MicrosoftDocs/msteams-docs#8858 and the
    // repair in scripts/package-teams-localization.ts can go.
    const path = join(schemasDir, `v${manifest.manifestVersion}`, localizationSchemaFile);
    const schema = JSON.parse(await readFile(path, 'utf8'));
    const asManifest = zhCn as unknown as typeof manifest; // its type; the schema decides
    await expect(AppManifestUtils.validateAgainstSchema(asManifest, schema)).rejects.toThrow(
      /Invalid regular expression: .*activityTypes/,
    );
  });

  it("enforces the schema's length limits and known keys", async () => {
    const broken = {
      ...zhCn,
      'name.short': '预'.repeat(31),
      'composeExtensions[0].commands[0].title': '退'.repeat(33),
      'bots[0].commands[0].title': 'help',
    };
    const problems = await validateTeamsLocalization(broken, manifest.manifestVersion);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/name\.short must NOT have more than 30 characters/),
        expect.stringMatching(/^\/composeExtensions\[0\]\.commands\[0\]\.title must NOT have more/),
        expect.stringMatching(/^ must NOT have additional properties.*bots\[0\]\.commands\[0\]/),
      ]),
    );
    const noSchema = { ...zhCn, $schema: undefined };
    expect(await validateTeamsLocalization(noSchema, manifest.manifestVersion)).toEqual([
      expect.stringContaining('$schema must be https://developer.microsoft.com/json-schemas/'),
    ]);
  });

  it('translates only text that manifest.json has', () => {
    const source = JSON.parse(rawManifest);
    const keys = Object.keys(zhCn).filter((key) => key !== '$schema');
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect({ key, field: typeof localizedField(source, key) }).toEqual({ key, field: 'string' });
    }
    expect(localizedField(source, 'composeExtensions[0].commands[2].parameters[0].title')).toBe(
      'Customer, name or ID',
    );
    for (const missing of ['bots[0].commandLists[0].commands[8].title', 'name.long', 'name[0]']) {
      expect(localizedField(source, missing)).toBeUndefined();
    }
    expect(localizedField(source, 'name..short')).toBeUndefined();
  });

  it('translates every command description but keeps the typed command words', () => {
    const commands = manifest.bots?.[0]?.commandLists?.[0]?.commands ?? [];
    expect(Object.keys(zhCn).filter((key) => /^bots.*\.title$/.test(key))).toEqual([]);
    commands.forEach((command, i) => {
      const english = command.description ?? '';
      const chinese = String(zhCn[`bots[0].commandLists[0].commands[${i}].description`]);
      // The syntax before the colon is what people type, so it stays as in English.
      expect(chinese.startsWith(`${english.slice(0, english.indexOf(':'))}：`)).toBe(true);
    });
    const extensionCommands = manifest.composeExtensions?.[0]?.commands ?? [];
    for (const i of extensionCommands.keys()) {
      for (const field of ['title', 'description']) {
        expect(zhCn[`composeExtensions[0].commands[${i}].${field}`]).toMatch(/\p{Script=Han}/u);
      }
    }
    const rest = ['name.full', 'description.short', 'description.full'];
    for (const key of rest) expect(zhCn[key]).toMatch(/\p{Script=Han}/u);
  });
});

describe('Teams app icons', () => {
  it('are a 192×192 colour icon and a 32×32 outline icon, as the generator draws them', async () => {
    const color = decodePng(await readFile(join(teamsDir, manifest.icons.color)));
    const outline = decodePng(await readFile(join(teamsDir, manifest.icons.outline)));
    expect([color.width, color.height, outline.width, outline.height]).toEqual([192, 192, 32, 32]);
    expect(color.pixels.equals(drawColorIcon().pixels)).toBe(true);
    expect(outline.pixels.equals(drawOutlineIcon().pixels)).toBe(true);
  });

  it('draws the outline icon only in opaque white on full transparency', async () => {
    const { pixels } = decodePng(await readFile(join(teamsDir, manifest.icons.outline)));
    const alphas = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b, a] = pixels.subarray(i, i + 4);
      alphas.add(a ?? -1);
      if (a !== 0) expect([r, g, b, a]).toEqual([255, 255, 255, 255]);
    }
    expect([...alphas].sort()).toEqual([0, 255]);
  });

  it('refuses PNG filters other than 0 rather than misreading them', () => {
    const png = encodePng(drawOutlineIcon());
    expect(decodePng(withFirstRowFilter(png, 0)).width).toBe(32);
    expect(() => decodePng(withFirstRowFilter(png, 1))).toThrow(/PNG filter 1/);
  });
});

describe('packageTeams', () => {
  let out: TempDir | undefined;
  afterEach(async () => {
    await out?.remove();
    out = undefined;
  });

  it('zips exactly the manifest, icons and zh-cn.json, with the deployment bot ID and domain', async () => {
    out = await createTempDir();
    const env = { MicrosoftAppId: appId, TEAMS_APP_DOMAIN: 'desk.contoso.example' };
    const result = await packageTeams({ env, outDir: out.path });
    if (!result.success) throw new Error(result.error.join('\n'));
    expect(result.data.zipPath).toBe(join(out.path, 'reservation-desk-teams.zip'));
    const entries = readZip(await readFile(result.data.zipPath));
    expect([...entries.keys()]).toEqual([
      'manifest.json',
      'color.png',
      'outline.png',
      'zh-cn.json',
    ]);
    for (const name of ['color.png', 'outline.png', 'zh-cn.json']) {
      expect(entries.get(name)).toEqual(await readFile(join(teamsDir, name)));
    }
    const packaged = JSON.parse(entries.get('manifest.json')?.toString('utf8') ?? '');
    expect(packaged.bots[0].botId).toBe(appId);
    expect(packaged.composeExtensions[0].botId).toBe(appId);
    expect(packaged.validDomains).toEqual(['desk.contoso.example']);
    expect(packaged.developer.privacyUrl).toBe('https://desk.contoso.example/privacy');
    expect(await validateTeamsManifest(packaged)).toEqual([]);
    const unzip = spawnSync('unzip', ['-tq', result.data.zipPath], { encoding: 'utf8' });
    if (!unzip.error) expect(unzip.stdout).toMatch(/No errors detected/);
  });

  it('keeps the placeholder bot ID when MicrosoftAppId is not set', async () => {
    out = await createTempDir();
    const result = await packageTeams({ env: {}, outDir: out.path });
    expect(result.success && result.data.manifest).toMatchObject({
      bots: [{ botId: placeholderBotId }],
      validDomains: ['reservation-desk.example.com'],
    });
  });

  it('refuses a MicrosoftAppId that is not a GUID and a domain that is a URL', async () => {
    out = await createTempDir();
    const env = {
      MicrosoftAppId: 'reservation-desk',
      TEAMS_APP_DOMAIN: 'https://desk.contoso.example',
    };
    expect(await packageTeams({ env, outDir: out.path })).toEqual({
      success: false,
      error: [
        expect.stringContaining('MicrosoftAppId must be a GUID'),
        expect.stringContaining('TEAMS_APP_DOMAIN must be a bare host name'),
      ],
    });
  });

  it('refuses a manifest that fails the schema and writes no zip', async () => {
    out = await createTempDir();
    const sourceDir = await copySource(out.path);
    await writeFile(join(sourceDir, 'manifest.json'), rawManifest.replace('"query"', '"search"'));
    const result = await packageTeams({ env: {}, outDir: join(out.path, 'dist'), sourceDir });
    expect(result).toEqual({
      success: false,
      error: [expect.stringMatching(/^manifest.json: \/composeExtensions\/0\/commands\/2\/type/)],
    });
    await expect(readFile(join(out.path, 'dist', 'reservation-desk-teams.zip'))).rejects.toThrow();
  });

  it('refuses a missing localization file, naming it, and writes no zip', async () => {
    out = await createTempDir();
    const sourceDir = await copySource(out.path, ['zh-cn.json']);
    const result = await packageTeams({ env: {}, outDir: join(out.path, 'dist'), sourceDir });
    expect(result).toEqual({
      success: false,
      error: [
        `zh-cn.json: missing from ${sourceDir}, though manifest.json names it in localizationInfo`,
      ],
    });
    await expect(readFile(join(out.path, 'dist', 'reservation-desk-teams.zip'))).rejects.toThrow();
  });

  it('refuses a localization file that fails the schema or translates what is not there', async () => {
    out = await createTempDir();
    const sourceDir = await copySource(out.path);
    const stray = { ...zhCn, 'name.short': '', 'bots[0].commandLists[0].commands[9].title': 'x' };
    await writeFile(join(sourceDir, 'zh-cn.json'), JSON.stringify(stray));
    const result = await packageTeams({ env: {}, outDir: join(out.path, 'dist'), sourceDir });
    expect(result).toEqual({
      success: false,
      error: [
        expect.stringMatching(/^zh-cn.json: \/name\.short must match pattern/),
        'zh-cn.json: "bots[0].commandLists[0].commands[9].title" names no text in manifest.json',
      ],
    });
  });

  it('refuses a localization file outside the package root or named like another entry', async () => {
    out = await createTempDir();
    const sourceDir = await copySource(out.path);
    const info = { defaultLanguageTag: 'en-us', defaultLanguageFile: 'color.png' };
    const languages = [{ languageTag: 'zh-cn', file: 'strings/zh-cn.json' }];
    const relocated = {
      ...JSON.parse(rawManifest),
      localizationInfo: { ...info, additionalLanguages: languages },
    };
    await writeFile(join(sourceDir, 'manifest.json'), JSON.stringify(relocated));
    const result = await packageTeams({ env: {}, outDir: join(out.path, 'dist'), sourceDir });
    expect(result).toEqual({
      success: false,
      error: [
        expect.stringContaining('localizationInfo names "color.png"; it must be a .json file'),
        expect.stringContaining('localizationInfo names "strings/zh-cn.json"; it must be a .json'),
      ],
    });
  });
});
