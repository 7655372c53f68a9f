import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/** A message between the benchmark and one of its child processes. */
export interface Message {
  readonly type: string;
  readonly [key: string]: unknown;
}

/** A TypeScript module run in its own Node process (through tsx), talking over IPC. */
export interface Child {
  readonly pid: number;
  /** The next message of `type`; rejects if the child exits or `timeoutMs` passes first. */
  next<T extends Message>(type: string, timeoutMs: number): Promise<T>;
  send(message: Message): void;
  /** Asks the child to exit (SIGTERM), then kills it if it has not within 5 s. */
  stop(): Promise<void>;
}

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

// BENCH_CPU_PROF=<dir> writes a V8 CPU profile of every child there (open it in Chrome DevTools).
const profileDir = process.env.BENCH_CPU_PROF;
const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];

/**
 * Forks `module` (a path relative to bench/) with tsx; stderr is passed through so a child's crash
 * shows, stdout is discarded (children report over IPC only).
 */
export const startChild = (
  module: string,
  args: readonly string[] = [],
  o: {
    env?: Record<string, string>;
    execArgv?: readonly string[];
    /** The child exits once it has reported (it runs with {@link runChild}). */
    endsByItself?: boolean;
    /** Sees every message as it arrives (progress lines). */
    onMessage?: (message: Message) => void;
  } = {},
): Child => {
  const file = fileURLToPath(new URL(`../${module}`, import.meta.url));
  const child: ChildProcess = fork(file, [...args], {
    cwd: projectRoot,
    execArgv: ['--import', 'tsx', ...(o.execArgv ?? []), ...profiling],
    env: { ...process.env, ...o.env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const inbox: Message[] = [];
  const waiting = new Set<() => void>();
  let exited: string | undefined;
  child.on('message', (m: Message) => {
    o.onMessage?.(m);
    inbox.push(m);
    for (const wake of [...waiting]) wake();
  });
  child.on('exit', (code, signal) => {
    exited = `child ${module} exited (${signal ?? code})`;
    for (const wake of [...waiting]) wake();
  });
  return {
    pid: child.pid ?? -1,
    next: <T extends Message>(type: string, timeoutMs: number) =>
      new Promise<T>((resolve, reject) => {
        const check = () => {
          const i = inbox.findIndex((m) => m.type === type || m.type === 'error');
          const found = i < 0 ? undefined : inbox.splice(i, 1)[0];
          if (found === undefined && exited === undefined) return;
          clearTimeout(timer);
          waiting.delete(check);
          if (found?.type === 'error') reject(new Error(`${module}: ${String(found.message)}`));
          else if (found !== undefined) resolve(found as T);
          else reject(new Error(exited));
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`${module}: no "${type}" message within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.add(check);
        check();
      }),
    send: (message) => {
      child.send(message);
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = once(child, 'exit');
      // A child that ends by itself (runChild) is let finish, e.g. writing its CPU profile.
      if (o.endsByItself === true) await Promise.race([gone, sleep(10_000)]);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await gone;
      clearTimeout(timer);
    },
  };
};

/** In a child: sends a message to the benchmark. */
export const report = (message: Message): void => {
  process.send?.(message);
};

/** In a child: runs `main`, reporting its failure as an `error` message, then exits. */
export const runChild = (main: () => Promise<void>): void => {
  let done = false;
  // The benchmark went away (crashed, or gave up on its time limit): stop too.
  process.once('disconnect', () => {
    if (!done) process.exit(1);
  });
  main().then(
    () => {
      done = true;
      process.disconnect?.();
    },
    (error: unknown) => {
      report({
        type: 'error',
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
      done = true;
      process.exitCode = 1;
      process.disconnect?.();
    },
  );
};
