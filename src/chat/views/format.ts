import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import { catalogFor, fill, type TextKey, type TextParams } from '../../messages/catalog.ts';
import { percentFormat, utcDateFormat } from '../../shared/intl.ts';
import { formatMoney, type Money, parseMoney } from '../../shared/money.ts';
import { epochMsOf } from '../../shared/time.ts';

dayjs.extend(utc);

/** The sentences of one language, with placeholders filled. */
export type Translate = (key: TextKey, params?: TextParams) => string;

export const translator = (locale?: string): Translate => {
  const catalog = catalogFor(locale);
  return (key, params) => fill(catalog.text[key], params);
};

/** The language of one answer: its sentences (`t`) and the locale that formats money and dates. */
export interface Speech {
  readonly locale: string;
  readonly t: Translate;
}

/** Speech in `locale` (a supported locale tag: the desk's `localeFor` answers one). */
export const speechIn = (locale: string): Speech => ({ locale, t: translator(locale) });

/** Display money for people ("$2,400.00"), per locale. */
export const showMoney = (m: Money, locale = 'en-US'): string => formatMoney(m, locale);

/** Display a stored decimal amount ("2400.00" USD) for people. */
export const showDecimal = (amount: string, currency: string, locale = 'en-US'): string => {
  const m = parseMoney(amount, currency);
  return m.ok ? formatMoney(m.value, locale) : `${amount} ${currency}`;
};

/** "92.5%" from a percentage 0…100 (utilization is measured, not money: a plain number is right). */
export const showPercent = (value: number, locale = 'en-US'): string =>
  percentFormat(locale).format(value / 100);

/** The Azure portal page of a reservation. */
export const portalUrl = (orderId: string, reservationId: string, tenantDomain: string): string =>
  `https://portal.azure.com/#@${tenantDomain}/resource/providers/Microsoft.Capacity/reservationOrders/${orderId}/reservations/${reservationId}/overview`;

/** A UTC calendar date for people, per locale ("Dec 1, 2026", "2026年12月1日"). */
export const showDate = (date: string, locale = 'en-US'): string =>
  utcDateFormat(locale, false).format(epochMsOf(date.slice(0, 10)));

/** An instant for people, per locale, in UTC ("Nov 28, 2026, 09:30 UTC"). */
export const showInstant = (instant: string, locale = 'en-US'): string =>
  utcDateFormat(locale, true).format(dayjs.utc(instant).valueOf());
