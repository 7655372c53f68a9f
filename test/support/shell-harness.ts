import { PassThrough } from 'node:stream';
import { LineConsole } from '../../adapters/shell/line-console.ts';
import { runShell } from '../../adapters/shell/session.ts';
import type { Harness } from './desk-harness.ts';

/**
 * Plays a scripted conversation into the console through its streams and returns everything it
 * printed. The whole script is written up front and the input then ends, as `printf … | npm start`
 * does: no timing, no sleeps.
 */
export const converse = async (
  h: Harness,
  script: readonly string[],
  as = 'dev@partner.example',
  /** What the terminal reports (LANG), e.g. 'zh_CN.UTF-8'. */
  lang?: string,
) => {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  input.end(script.map((line) => `${line}\n`).join(''));
  const code = await runShell({
    desk: h.desk,
    con: new LineConsole({ input, output }),
    color: false,
    banner: 'test console',
    as,
    ...(lang === undefined ? {} : { locale: lang }),
  });
  return { code, printed };
};

/** The request ID the console printed on submission. */
export const submittedId = (printed: string): string => {
  const id = /Request (RD-\w+) submitted/.exec(printed)?.[1];
  if (id === undefined) throw new Error(`no request was submitted:\n${printed}`);
  return id;
};
