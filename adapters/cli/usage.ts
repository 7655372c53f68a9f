import { text } from '../../src/messages/catalog.ts';

/** A command line that does not fit the grammar: exit code 2, help on stderr. */
export class UsageError extends Error {}

export const usageText = (): string => text('cli.usage');
