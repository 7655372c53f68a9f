import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Reads `.env` from the working directory into the environment when there is one. Variables already
 * set win (Node's own loader never overrides them), so a deployment's settings are never replaced.
 */
export const loadDotEnv = (cwd: string): string | undefined => {
  const file = resolve(cwd, '.env');
  if (!existsSync(file)) return undefined;
  process.loadEnvFile(file);
  return file;
};
