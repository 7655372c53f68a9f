import { describe, expect, it } from 'vitest';
import { catalogFor, errorText, matchLocale } from '../../../src/messages/catalog.ts';
import { enUS } from '../../../src/messages/en-us.ts';
import { zhCN } from '../../../src/messages/zh-cn.ts';
import { errorCodes } from '../../../src/shared/errors.ts';
import { repliesFor } from './every-reply.ts';
import { leaks, stringsOf } from './view-fixtures.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the Simplified Chinese catalog', () => {
  it('has every key of the English one, and no other', () => {
    expect(Object.keys(zhCN.text).sort()).toEqual(Object.keys(enUS.text).sort());
    expect(Object.keys(zhCN.errors).sort()).toEqual([...errorCodes].sort());
  });

  it('uses the same placeholders as English in every sentence', () => {
    for (const key of Object.keys(enUS.text) as (keyof typeof enUS.text)[]) {
      expect(placeholders(zhCN.text[key]), key).toEqual(placeholders(enUS.text[key]));
    }
  });

  it('is really Chinese: most sentences differ from the English', () => {
    const keys = Object.keys(enUS.text) as (keyof typeof enUS.text)[];
    const same = keys.filter((k) => zhCN.text[k] === enUS.text[k]);
    expect(same.length).toBeLessThan(keys.length / 10);
    expect(zhCN.text['kind.refund']).toBe('退款');
  });

  it.each(repliesFor('zh-CN'))(
    'renders %s in Chinese without placeholders or leftovers',
    (_, reply) => {
      expect(stringsOf(reply).length).toBeGreaterThan(0);
      expect(leaks(reply)).toEqual([]);
    },
  );

  it.each(errorCodes)('words %s in Chinese', (code) => {
    const text = errorText(code, {}, 'zh-CN');
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).not.toMatch(/\bundefined\b|\bnull\b|NaN/);
  });
});

describe('choosing the catalog from what a platform reports', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['zh_CN.UTF-8', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['en-GB', 'en-US'],
    ['en_US.UTF-8', 'en-US'],
  ])('reads %s as %s', (reported, expected) => {
    expect(matchLocale(reported)).toBe(expected);
    expect(catalogFor(reported).locale).toBe(expected);
  });

  it.each(['fr-FR', 'C.UTF-8', 'POSIX', '', 'zh-TW'])(
    'falls back to English for %j',
    (reported) => {
      expect(catalogFor(reported).locale).toBe('en-US');
    },
  );
});
