import type { ErrorCode, ErrorDetails } from '../shared/errors.ts';
import { enUS } from './en-us.ts';
import { zhCN } from './zh-cn.ts';

/** Renders one error code with its details. */
export type ErrorText = (d: ErrorDetails) => string;
export type TextKey = keyof typeof enUS.text;
export type TextParams = Readonly<Record<string, string | number>>;

/**
 * A language: every error code (exhaustive: a new code without text fails the build) and every
 * user-facing sentence. Translation is one more file of this shape.
 */
export interface Catalog {
  readonly locale: string;
  readonly errors: { readonly [K in ErrorCode]: ErrorText };
  readonly text: { readonly [K in TextKey]: string };
}

const catalogs: Readonly<Record<string, Catalog>> = { 'en-US': enUS, 'zh-CN': zhCN };
export const defaultLocale = 'en-US';
/** The languages the product speaks, as locale tags. */
export const supportedLocales: readonly string[] = Object.keys(catalogs);

/**
 * The supported locale closest to what a platform reports ("zh_CN.UTF-8", "zh-cn", "zh-Hans",
 * "en-GB" …), or undefined when none is close. Chinese scripts other than Simplified fall back.
 */
export const matchLocale = (reported: string | undefined): string | undefined => {
  const tag = (reported ?? '').split('.')[0]?.replace('_', '-').toLowerCase() ?? '';
  if (tag === '' || tag === 'c' || tag === 'posix') return undefined;
  const exact = supportedLocales.find((l) => l.toLowerCase() === tag);
  if (exact !== undefined) return exact;
  const [language, region] = tag.split('-');
  if (language === 'zh' && region !== undefined && !['cn', 'hans', 'sg'].includes(region))
    return undefined;
  return supportedLocales.find((l) => l.toLowerCase().split('-')[0] === language);
};

export const catalogFor = (locale: string = defaultLocale): Catalog =>
  catalogs[matchLocale(locale) ?? defaultLocale] ?? enUS;

export const errorText = (code: ErrorCode, details: ErrorDetails, locale?: string): string =>
  catalogFor(locale).errors[code](details);

/** Fills `{name}` placeholders of a catalog sentence. Unknown placeholders stay visible. */
export const fill = (template: string, params: TextParams = {}): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );

export const text = (key: TextKey, params?: TextParams, locale?: string): string =>
  fill(catalogFor(locale).text[key], params);
