import type { Desk } from '../../src/desk/index.ts';

/**
 * The request ID a button value names. The Slack and Teams adapters seal it in the value as
 * `<request ID>~<tag>` (adapters/slack/seal.ts); a plain ID is its own request ID.
 */
export const requestIdOf = (value: string): string => value.split('~')[0] ?? value;

/**
 * The desk as chat tests read it: `request` and `auditOf` also take a button value, which tests
 * keep as "the request ID" to click with. Only these two reads: whatever acts on a request still
 * goes through the adapters, which check the seal.
 */
export const readingButtonValues = (desk: Desk): Desk => ({
  ...desk,
  request: (id) => desk.request(requestIdOf(id)),
  auditOf: (id) => desk.auditOf(requestIdOf(id)),
});
