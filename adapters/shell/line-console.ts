import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export interface ConsoleStreams {
  readonly input: Readable & { isTTY?: boolean };
  readonly output: Writable & { isTTY?: boolean };
  /** Repeat each line read after its prompt, so a piped session reads as a transcript. */
  readonly echo?: boolean;
}

/**
 * Lines in, text out, over injected streams (a terminal, a pipe, or a test's PassThrough). `read`
 * answers undefined at end of input (Ctrl-D, a closed pipe), which ends the session cleanly.
 */
export class LineConsole {
  readonly #output: Writable;
  readonly #lines: AsyncIterator<string>;
  readonly #echo: boolean;
  #ended = false;

  constructor(streams: ConsoleStreams) {
    const terminal = streams.input.isTTY === true && streams.output.isTTY === true;
    const rl = createInterface({
      input: streams.input,
      ...(terminal ? { output: streams.output, terminal: true } : { terminal: false }),
    });
    this.#lines = rl[Symbol.asyncIterator]();
    this.#output = streams.output;
    this.#echo = streams.echo ?? !terminal;
  }

  get ended(): boolean {
    return this.#ended;
  }

  write(text: string): void {
    this.#output.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  /** Shows the prompt and waits for one line; undefined once the input has ended. */
  async read(prompt: string): Promise<string | undefined> {
    if (this.#ended) return undefined;
    this.#output.write(prompt);
    const next = await this.#lines.next();
    if (next.done === true) {
      this.#ended = true;
      this.#output.write('\n');
      return undefined;
    }
    if (this.#echo) this.#output.write(`${next.value}\n`);
    return next.value;
  }

  /** A prompt with a default, as a modal field: an empty answer takes the default. */
  async ask(label: string, fallback = ''): Promise<string | undefined> {
    const answer = await this.read(`  ${label}${fallback === '' ? '' : ` [${fallback}]`}: `);
    if (answer === undefined) return undefined;
    return answer.trim() === '' ? fallback : answer.trim();
  }
}
