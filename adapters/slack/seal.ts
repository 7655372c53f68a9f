import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Tamper-evidence for what the bot hands a chat platform and reads back later: button values,
 * modal metadata, card action data. Each is sent as `<value>~<tag>`, the tag an HMAC-SHA256 (first
 * 128 bits, base64url) over the value and the context it belongs to (a channel, a modal kind), so a
 * value edited, made up, or copied into another context no longer opens.
 *
 * The platforms already sign their requests; this guards against what they do not: anyone holding
 * the bot token (not the signing secret) can post messages or open modals as the bot, with buttons
 * whose clicks come to us. Used by the Slack and Teams adapters alike.
 */
export interface Seal {
  /** `value` with a tag binding it to `context`. */
  seal(value: string, context: string): string;
  /** The value inside `token` if its tag is right for `context`; undefined when missing or wrong. */
  open(token: string, context: string): string | undefined;
}

const separator = '~';
const tagLength = 22;

/**
 * A key for one purpose, derived from a secret the bot already holds (HMAC-SHA256 of the purpose
 * under the secret), so the secret itself never signs anything but what it was made for.
 */
export const deriveKey = (secret: string | Buffer, purpose: string): Buffer =>
  createHmac('sha256', secret).update(`reservation-desk/${purpose}/v1`).digest();

/**
 * A key that lives as long as the process: for setups with no secret to derive one from (Teams
 * with authentication off). What it sealed cannot be opened after a restart.
 */
export const processKey = (purpose: string): Buffer => deriveKey(randomBytes(32), purpose);

export const createSeal = (key: Buffer): Seal => {
  const tagOf = (value: string, context: string): string =>
    createHmac('sha256', key)
      .update(`${context}\u0000${value}`)
      .digest('base64url')
      .slice(0, tagLength);
  return {
    seal: (value, context) => `${value}${separator}${tagOf(value, context)}`,
    open: (token, context) => {
      const at = token.lastIndexOf(separator);
      if (at < 0) return undefined;
      const value = token.slice(0, at);
      const given = Buffer.from(token.slice(at + 1));
      const expected = Buffer.from(tagOf(value, context));
      return given.length === expected.length && timingSafeEqual(given, expected)
        ? value
        : undefined;
    },
  };
};

/** The value part of a token whose tag did not open: what it claims to be, for the audit note. */
export const claimedValue = (token: string): string => {
  const at = token.lastIndexOf(separator);
  return at < 0 ? token : token.slice(0, at);
};

/** Text from a platform payload, safe to put in a log or an audit note: no control characters, short. */
export const printable = (text: string, max = 120): string => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const clean = String(text).replace(/[\u0000-\u001f\u007f]/g, ' ');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
};
