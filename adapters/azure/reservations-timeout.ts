import { type PipelinePolicy, RestError } from '@azure/core-rest-pipeline';

/**
 * A per-attempt time limit for the ARM SDK. The SDK's own `timeout` aborts with an error its retry
 * policy does not retry; this policy (added per retry) turns the timeout into a `RestError` with
 * code `ETIMEDOUT`, which the SDK's exponential retry does retry, within its bounds.
 */
export const attemptTimeoutPolicy = (timeoutInMs: number): PipelinePolicy => ({
  name: 'reservationDeskAttemptTimeout',
  async sendRequest(request, next) {
    const outer = request.abortSignal;
    const timeout = AbortSignal.timeout(timeoutInMs);
    request.abortSignal =
      outer === undefined ? timeout : AbortSignal.any([outer as AbortSignal, timeout]);
    try {
      return await next(request);
    } catch (error) {
      if (timeout.aborted && outer?.aborted !== true) {
        throw new RestError(`no answer within ${timeoutInMs} ms`, { code: 'ETIMEDOUT', request });
      }
      throw error;
    } finally {
      if (outer === undefined) delete request.abortSignal;
      else request.abortSignal = outer;
    }
  },
});
