import { readFileSync } from 'node:fs';
import type { TokenCredential } from '@azure/core-auth';
import { ClientCertificateCredential, ClientSecretCredential } from '@azure/identity';
import type { AzureConfig } from '../system/config.ts';

/**
 * The partner's app registration. The same credential serves the partner tenant (Partner Center)
 * and, through `getToken(scope, { tenantId })`, each customer's tenant for ARM calls — which works
 * where the partner holds admin-agent (GDAP) access there.
 */
export const partnerCredential = (config: AzureConfig): TokenCredential => {
  const options = { additionallyAllowedTenants: ['*'] };
  if (config.clientCertificatePath !== undefined) {
    const certificate = readFileSync(config.clientCertificatePath, 'utf8');
    return new ClientCertificateCredential(
      config.tenantId,
      config.clientId,
      { certificate },
      options,
    );
  }
  return new ClientSecretCredential(
    config.tenantId,
    config.clientId,
    config.clientSecret ?? '',
    options,
  );
};

/** A credential that always asks for one tenant's token (a customer's, for its ARM calls). */
export const forTenant = (credential: TokenCredential, tenantId: string): TokenCredential => ({
  getToken: (scopes, options) => credential.getToken(scopes, { ...options, tenantId }),
});

export const partnerCenterScope = 'https://api.partnercenter.microsoft.com/.default';
export const armScope = 'https://management.azure.com/.default';
