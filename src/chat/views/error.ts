import { errorText } from '../../messages/catalog.ts';
import type { DomainError } from '../../shared/errors.ts';
import { para, type Reply } from '../reply.ts';

/** A refusal, in the reader's language, rendered from the code and details (not the English text). */
export const errorReply = (error: DomainError, locale?: string): Reply => ({
  blocks: [para(errorText(error.code, error.details, locale), 'error')],
  tone: 'error',
});
