import { providerFailure } from './failure.ts';

type Where = Parameters<typeof providerFailure>[1];

/** Runs one call to Azure or Partner Center; whatever it throws becomes a ProviderFailure. */
export const guard = async <T>(where: Where, run: () => Promise<T>): Promise<T> => {
  try {
    return await run();
  } catch (error) {
    throw providerFailure(error, where);
  }
};

/**
 * `run` over `items`, at most `limit` at a time, results in order. After a failure no new item
 * starts; the first error is thrown once the running ones have settled (none is left behind).
 */
export const mapLimit = async <T, R>(
  items: readonly T[],
  limit: number,
  run: (item: T) => Promise<R>,
): Promise<R[]> => {
  const results: R[] = [];
  const errors: unknown[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length && errors.length === 0; i = next++) {
      try {
        results[i] = await run(items[i] as T);
      } catch (error) {
        errors.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (errors.length > 0) throw errors[0];
  return results;
};
