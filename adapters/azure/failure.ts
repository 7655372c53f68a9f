import { ProviderFailure } from '../../src/ports.ts';

/** The HTTP status of an Azure SDK RestError, a Partner Center answer, or undefined. */
const statusOf = (error: unknown): number | undefined => {
  const e = error as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } };
  const s = e.statusCode ?? e.status ?? e.response?.status;
  return typeof s === 'number' ? s : undefined;
};

/**
 * Turns what Azure or Partner Center threw into a ProviderFailure the desk can explain: 401/403 say
 * which access is missing; anything else, after the clients' own bounded retries, is unavailable.
 */
export const providerFailure = (
  error: unknown,
  where: { access: 'partner-center' | 'customer-tenant'; customer?: string; operation: string },
): ProviderFailure => {
  if (error instanceof ProviderFailure) return error;
  const status = statusOf(error);
  const message = error instanceof Error ? error.message : String(error);
  // Entra ID refusing a token for the customer's tenant (no consent, no GDAP) is missing access too.
  const tokenRefused = error instanceof Error && error.name === 'AuthenticationError';
  if (status === 401 || status === 403 || tokenRefused) {
    return new ProviderFailure(
      'PROVIDER_ACCESS_DENIED',
      {
        access: where.access,
        status: status === undefined ? 'token refused' : String(status),
        customer: where.customer ?? '',
        operation: where.operation,
      },
      { cause: error },
    );
  }
  return new ProviderFailure(
    'PROVIDER_UNAVAILABLE',
    {
      reason: `${where.operation} failed${status === undefined ? '' : ` with ${status}`}: ${message.slice(0, 200)}`,
    },
    { cause: error },
  );
};
