import { parseArgs } from 'node:util';
import { errorReply } from '../../src/chat/views/error.ts';
import type { Desk } from '../../src/desk/index.ts';
import { compose } from '../compose.ts';
import { renderText } from '../render/text.ts';
import { loadConfig } from '../system/config.ts';
import { commandFor, type Flags, type Output } from './commands.ts';
import { UsageError, usageText } from './usage.ts';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly projectRoot: string;
  readonly color?: boolean;
}

const options = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  quantity: { type: 'string' },
  'as-of': { type: 'string' },
  'new-total': { type: 'string' },
  'new-type': { type: 'string' },
} as const;
/**
 * The command-line interface of interfaces.md. Exit codes: 0 done, 1 refused (the error says why;
 * also a bad data, store or configuration file), 2 bad usage (help on stderr).
 */
export const runCli = async (argv: readonly string[], io: CliIo): Promise<number> => {
  let flags: Flags;
  let words: string[];
  try {
    const parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    flags = parsed.values;
    words = parsed.positionals;
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${usageText()}`);
    return 2;
  }
  if (flags.help === true || words.length === 0) {
    (flags.help === true ? io.stdout : io.stderr)(usageText());
    return flags.help === true ? 0 : 2;
  }
  let run: (desk: Desk) => Promise<Output>;
  try {
    run = commandFor(words, flags);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n\n${usageText()}`);
    return 2;
  }
  const json = flags.json === true;
  let desk: Desk;
  try {
    desk = (
      await compose(loadConfig(io.env, { cwd: io.cwd, projectRoot: io.projectRoot }), {
        readOnlyStore: true,
      })
    ).desk;
  } catch (error) {
    const e = error as Error & { code?: string; problems?: readonly string[] };
    if (e.code === undefined) throw error;
    if (json)
      io.stdout(
        `${JSON.stringify({ error: { code: e.code, message: e.message, problems: e.problems ?? [] } }, null, 2)}\n`,
      );
    else io.stderr(`${e.message}\n`);
    return 1;
  }
  const out = await run(desk);
  if (!out.ok) {
    if (json)
      io.stdout(
        `${JSON.stringify({ error: { code: out.error.code, message: out.error.message } }, null, 2)}\n`,
      );
    else io.stderr(`${renderText(errorReply(out.error), { color: io.color === true })}\n`);
    return 1;
  }
  io.stdout(
    json
      ? `${JSON.stringify(out.value.json, null, 2)}\n`
      : `${renderText(out.value.reply, { color: io.color === true })}\n`,
  );
  return 0;
};
