import { translator } from '../../src/chat/views/format.ts';
import type { TextKey } from '../../src/messages/catalog.ts';
import { enUS } from '../../src/messages/en-us.ts';
import { zhCN } from '../../src/messages/zh-cn.ts';

/** The catalogs' own sentences, so tests expect what a person reads, not a copy of it. */
export const en = translator('en-US');
export const zh = translator('zh-CN');

/** Every string in a JSON value (Slack blocks, a modal view, an Adaptive Card): what a person could read. */
export const stringsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(stringsIn)
      : typeof value === 'object' && value !== null
        ? Object.values(value).flatMap(stringsIn)
        : [];

const chinese = Object.values(zhCN.text).join('\n');

/**
 * English catalog prose: the literal parts between placeholders of every English sentence that the
 * Chinese catalog words differently, of two words or more and found nowhere in the Chinese catalog
 * (so "Reservation Desk", which both say, is not one).
 */
const englishProse: readonly string[] = [
  ...new Set(
    (Object.keys(enUS.text) as TextKey[])
      .filter((key) => enUS.text[key] !== zhCN.text[key])
      .flatMap((key) => enUS.text[key].split(/\{\w+\}/))
      .map((part) => part.trim())
      .filter((part) => /[A-Za-z]{2,}[ ,'-]+[A-Za-z]{2,}/.test(part) && !chinese.includes(part)),
  ),
];

/** The English catalog prose that shows in `rendered`: empty for a view fully in Chinese. */
export const englishIn = (rendered: unknown): string[] => {
  const strings = stringsIn(rendered);
  return englishProse.filter((part) => strings.some((s) => s.includes(part)));
};

/** True when the text holds Chinese characters. */
export const isChinese = (text: string): boolean => /[\u4e00-\u9fff]/.test(text);
