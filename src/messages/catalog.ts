import type { ErrorCode, ErrorDetails } from '../shared/errors.ts';
import { enUS } from './en-us.ts';

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

const catalogs: Readonly<Record<string, Catalog>> = { 'en-US': enUS };
export const defaultLocale = 'en-US';

export const catalogFor = (locale: string = defaultLocale): Catalog =>
  catalogs[locale] ?? catalogs[locale.split('-')[0] ?? ''] ?? enUS;

export const errorText = (code: ErrorCode, details: ErrorDetails, locale?: string): string =>
  catalogFor(locale).errors[code](details);

/** Fills `{name}` placeholders of a catalog sentence. Unknown placeholders stay visible. */
export const fill = (template: string, params: TextParams = {}): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );

export const text = (key: TextKey, params?: TextParams, locale?: string): string =>
  fill(catalogFor(locale).text[key], params);
