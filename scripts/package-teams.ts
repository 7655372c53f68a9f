// Builds the Teams app package (manifest.json, icons and the localization files the manifest
// names, all at the zip root) for upload in Teams or the Developer Portal:
// `tsx scripts/package-teams.ts`. Reads `MicrosoftAppId` (the bot's Entra app ID, replacing the
// placeholder botId) and `TEAMS_APP_DOMAIN` (the public host of the bot).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import {
  isObject,
  type Json,
  readLocalizations,
  validateAgainstBundledSchema,
} from './package-teams-localization.ts';

/** The botId the committed manifest carries until `MicrosoftAppId` replaces it. */
export const placeholderBotId = '00000000-0000-0000-0000-000000000000';
/** File name of the package written into `outDir`. */
export const packageFileName = 'reservation-desk-teams.zip';

const defaultSourceDir = fileURLToPath(new URL('../manifest/teams/', import.meta.url));
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const hostName = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/i;
const iconSizesInPx = { 'color.png': 192, 'outline.png': 32 } as const;

/** Where the packager reads from and writes to; `env` is usually `process.env`. */
export interface PackageTeamsOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly outDir: string;
  /** Folder of manifest.json, the icons and localization files; defaults to manifest/teams. */
  readonly sourceDir?: string;
}

/** The zip written and the manifest inside it, or every reason no zip was written. */
export type PackageTeamsResult =
  | { readonly success: true; readonly data: { readonly zipPath: string; readonly manifest: Json } }
  | { readonly success: false; readonly error: readonly string[] };

/**
 * Validates a Teams manifest against the JSON schema that `@microsoft/app-manifest` bundles for its
 * `manifestVersion`, never over the network (the library would fetch unknown `$schema` URLs).
 * Returns the problems found; empty when the manifest is valid.
 */
export const validateTeamsManifest = async (manifest: unknown): Promise<string[]> =>
  isObject(manifest) && typeof manifest.manifestVersion === 'string'
    ? validateAgainstBundledSchema(manifest, manifest.manifestVersion, 'MicrosoftTeams.schema.json')
    : ['manifestVersion is missing'];

/** Copies `value`, rewriting every string with `rewrite(key, text)` (`key` of its object). */
const mapStrings = (
  value: Json,
  rewrite: (key: string, text: string) => string,
  key = '',
): Json => {
  if (typeof value === 'string') return rewrite(key, value);
  if (Array.isArray(value)) return value.map((item: Json) => mapStrings(item, rewrite, key));
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, rewrite, k)]));
};

type Configured =
  | { readonly success: true; readonly data: Json }
  | { readonly success: false; readonly error: string[] };

/** Puts the deployment's bot ID and host into the manifest, or says why it cannot. */
const configure = (manifest: Json, env: PackageTeamsOptions['env']): Configured => {
  const appId = env.MicrosoftAppId?.trim() || undefined;
  const domain = env.TEAMS_APP_DOMAIN?.trim().toLowerCase() || undefined;
  const problems = [
    ...(appId !== undefined && !guid.test(appId)
      ? [`MicrosoftAppId must be a GUID (the bot's Entra app ID), got "${appId}"`]
      : []),
    ...(domain !== undefined && !hostName.test(domain)
      ? [`TEAMS_APP_DOMAIN must be a bare host name such as bot.contoso.com, got "${domain}"`]
      : []),
  ];
  if (problems.length > 0) return { success: false, error: problems };
  const oldDomains = new Set(
    isObject(manifest) && Array.isArray(manifest.validDomains) ? manifest.validDomains : [],
  );
  const data = mapStrings(manifest, (key, text) => {
    if (key === 'botId' && appId !== undefined) return appId;
    if (domain === undefined) return text;
    if (key === 'validDomains' && oldDomains.has(text)) return domain;
    return text.replace(/^(https:\/\/)([^/:?#]+)/i, (url, scheme: string, host: string) =>
      oldDomains.has(host.toLowerCase()) ? `${scheme}${domain}` : url,
    );
  });
  return { success: true, data };
};

/** Width and height from a PNG's IHDR chunk, or undefined when `bytes` is no PNG. */
const pngSize = (bytes: Buffer): { width: number; height: number } | undefined =>
  bytes.length >= 24 &&
  bytes.toString('latin1', 1, 4) === 'PNG' &&
  bytes.toString('latin1', 12, 16) === 'IHDR'
    ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
    : undefined;

// 1980-01-01 00:00, the earliest MS-DOS timestamp: fixed so the same inputs give the same zip.
const dosDate = (0 << 9) | (1 << 5) | 1;

/** A zip archive of deflated entries (no ZIP64, no data descriptors, UTF-8 names). */
const zip = (entries: ReadonlyArray<readonly [string, Buffer]>): Buffer => {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const fileName = Buffer.from(name, 'utf8');
    const compressed = deflateRawSync(data, { level: 9 });
    // Fields shared by the local header (from offset 4) and the central header (from offset 6).
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed: 2.0 (deflate)
    common.writeUInt16LE(0x0800, 2); // flags: names are UTF-8
    common.writeUInt16LE(8, 4); // method: deflate
    common.writeUInt16LE(0, 6); // time
    common.writeUInt16LE(dosDate, 8);
    common.writeUInt32LE(crc32(data), 10);
    common.writeUInt32LE(compressed.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(fileName.length, 22); // then extra field length 0
    const local = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      common,
      fileName,
      compressed,
    ]);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by: 2.0, MS-DOS attributes
    common.copy(central, 6);
    central.writeUInt32LE(offset, 42); // comment, disk, attributes stay 0
    centrals.push(central, fileName);
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
};

/**
 * Builds `<outDir>/reservation-desk-teams.zip` from manifest/teams: the manifest configured from
 * `env` and validated against its bundled schema, both icons checked for their pixel sizes, and
 * every localization file `localizationInfo` names validated against the bundled localization
 * schema and zipped as it is.
 */
export const packageTeams = async (options: PackageTeamsOptions): Promise<PackageTeamsResult> => {
  const sourceDir = options.sourceDir ?? defaultSourceDir;
  const source: Json = JSON.parse(await readFile(join(sourceDir, 'manifest.json'), 'utf8'));
  const configured = configure(source, options.env);
  if (!configured.success) return configured;
  const manifest = configured.data;
  const problems = (await validateTeamsManifest(manifest)).map((p) => `manifest.json: ${p}`);
  const icons: Array<readonly [string, Buffer]> = [];
  for (const [name, sizeInPx] of Object.entries(iconSizesInPx)) {
    const bytes = await readFile(join(sourceDir, name));
    const size = pngSize(bytes);
    if (size?.width !== sizeInPx || size.height !== sizeInPx) {
      problems.push(`${name} must be a ${sizeInPx}x${sizeInPx} PNG`);
    }
    icons.push([name, bytes]);
  }
  const otherEntries = ['manifest.json', ...Object.keys(iconSizesInPx)];
  const localizations = await readLocalizations(sourceDir, manifest, otherEntries);
  problems.push(...localizations.problems);
  if (problems.length > 0) return { success: false, error: problems };
  const zipPath = join(options.outDir, packageFileName);
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  await mkdir(options.outDir, { recursive: true });
  await writeFile(
    zipPath,
    zip([['manifest.json', manifestBytes], ...icons, ...localizations.files]),
  );
  return { success: true, data: { zipPath, manifest } };
};

const entryPoint = process.argv[1];
if (entryPoint !== undefined && import.meta.url === pathToFileURL(entryPoint).href) {
  const outDir = fileURLToPath(new URL('../dist/', import.meta.url));
  const result = await packageTeams({ env: process.env, outDir });
  if (!result.success) {
    console.error(`Teams package not built:\n${result.error.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    if (JSON.stringify(result.data.manifest).includes(placeholderBotId)) {
      console.warn(
        `Warning: botId is still ${placeholderBotId}; set MicrosoftAppId to the bot's app ID.`,
      );
    }
    console.log(result.data.zipPath);
  }
}
