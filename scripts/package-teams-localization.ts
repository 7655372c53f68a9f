// The localization files of the Teams app package, for scripts/package-teams.ts: every file the
// manifest's `localizationInfo` names, validated offline against the localization schema that
// `@microsoft/app-manifest` bundles for the manifest's version and checked key by key against the
// manifest it translates.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';

export type Json =
  | null
  | boolean
  | number
  | string
  | readonly Json[]
  | { readonly [key: string]: Json };

export const isObject = (value: unknown): value is { readonly [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const schemasDir = join(
  dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest')),
  'json-schemas',
  'teams',
);

/** File name of the Teams localization schema, next to MicrosoftTeams.schema.json. */
export const localizationSchemaFile = 'MicrosoftTeams.Localization.schema.json';

/**
 * Validates `document` against the schema `fileName` that `@microsoft/app-manifest` bundles for
 * manifest version `version`, never over the network, once its `$schema` names that schema's
 * public URL. `repair` may fix the schema first. Returns the problems found; empty when valid.
 */
export const validateAgainstBundledSchema = async (
  document: unknown,
  version: string,
  fileName: string,
  repair: (schema: Json) => Json = (schema) => schema,
): Promise<string[]> => {
  const schemaUrl = `https://developer.microsoft.com/json-schemas/teams/v${version}/${fileName}`;
  if (!isObject(document) || document.$schema !== schemaUrl) {
    return [`$schema must be ${schemaUrl}`];
  }
  let schema: Json;
  try {
    schema = JSON.parse(await readFile(join(schemasDir, `v${version}`, fileName), 'utf8'));
  } catch {
    return [`@microsoft/app-manifest bundles no ${fileName} for manifest version ${version}`];
  }
  type Validate = typeof AppManifestUtils.validateAgainstSchema;
  return AppManifestUtils.validateAgainstSchema(
    document as unknown as Parameters<Validate>[0],
    repair(schema) as Parameters<Validate>[1],
  );
};

const compiles = (pattern: string): boolean => {
  try {
    return new RegExp(pattern, 'u') instanceof RegExp;
  } catch {
    return false;
  }
};

/**
 * The localization schemas since v1.8, bundled as published, write the two `activityTypes` keys
 * with an unescaped `]` (`activityTypes\[\b(...)\b]\.description$`), which Ajv's `u`-flag
 * regular expressions reject, so the schema would not compile (MicrosoftDocs/msteams-docs#8858).
 * Escapes that bracket in any pattern that does not compile; the rest stays as bundled.
 */
const escapeLoneBrackets = (schema: Json): Json => {
  if (!isObject(schema) || !isObject(schema.patternProperties)) return schema;
  const patterns = Object.entries(schema.patternProperties).map(([pattern, rule]) => [
    compiles(pattern) ? pattern : pattern.replaceAll('\\b]', '\\b\\]'),
    rule,
  ]);
  return { ...schema, patternProperties: Object.fromEntries(patterns) };
};

/** Validates a Teams localization file against the schema bundled for `manifestVersion`. */
export const validateTeamsLocalization = (
  localization: unknown,
  manifestVersion: string,
): Promise<string[]> =>
  validateAgainstBundledSchema(
    localization,
    manifestVersion,
    localizationSchemaFile,
    escapeLoneBrackets,
  );

/** Keys of a localization file that name no manifest field. */
const ownKeys = new Set(['$schema', 'localizationKeys']);
const keySyntax = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\d+\])*$/;

/**
 * The manifest value a localization key names, such as `name.short` or
 * `composeExtensions[0].commands[2].parameters[0].title`; undefined when the manifest has none.
 */
export const localizedField = (manifest: Json, key: string): Json | undefined => {
  if (!keySyntax.test(key)) return undefined;
  let value: Json | undefined = manifest;
  for (const [, name, index] of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (index !== undefined) value = Array.isArray(value) ? value[Number(index)] : undefined;
    else value = isObject(value) && name !== undefined ? value[name] : undefined;
  }
  return value;
};

/** Every key of `localization` that names no text in `manifest`, as a problem. */
const strayKeys = (localization: Json, manifest: Json): string[] =>
  Object.keys(isObject(localization) ? localization : {})
    .filter((key) => !ownKeys.has(key) && typeof localizedField(manifest, key) !== 'string')
    .map((key) => `"${key}" names no text in manifest.json`);

/** The localization files to zip, or every reason they cannot be. */
export interface Localizations {
  readonly files: ReadonlyArray<readonly [string, Buffer]>;
  readonly problems: readonly string[];
}

/**
 * Reads from `sourceDir` every file `manifest.localizationInfo` names (each additional language,
 * and the default language file if set) and checks it: a `.json` file at the package root, none of
 * `otherEntries`, valid against the localization schema and translating only manifest text.
 */
export const readLocalizations = async (
  sourceDir: string,
  manifest: Json,
  otherEntries: readonly string[],
): Promise<Localizations> => {
  const info = isObject(manifest) ? manifest.localizationInfo : undefined;
  if (!isObject(manifest) || !isObject(info)) return { files: [], problems: [] };
  const languages = Array.isArray(info.additionalLanguages) ? info.additionalLanguages : [];
  const named = [info.defaultLanguageFile, ...languages.map((l: Json) => isObject(l) && l.file)];
  const files: Array<readonly [string, Buffer]> = [];
  const problems: string[] = [];
  for (const file of new Set(named.filter((f) => typeof f === 'string'))) {
    if (!/^[^/\\]+\.json$/i.test(file) || otherEntries.includes(file)) {
      const rule = `a .json file at the package root other than ${otherEntries.join(', ')}`;
      problems.push(`manifest.json: localizationInfo names "${file}"; it must be ${rule}`);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(join(sourceDir, file));
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      problems.push(
        missing
          ? `${file}: missing from ${sourceDir}, though manifest.json names it in localizationInfo`
          : `${file}: cannot be read (${String(error)})`,
      );
      continue;
    }
    let localization: Json;
    try {
      localization = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      problems.push(`${file}: is not valid JSON (${String(error)})`);
      continue;
    }
    const found = [
      ...(await validateTeamsLocalization(localization, String(manifest.manifestVersion))),
      ...strayKeys(localization, manifest),
    ];
    problems.push(...found.map((problem) => `${file}: ${problem}`));
    files.push([file, bytes]);
  }
  return { files, problems };
};
