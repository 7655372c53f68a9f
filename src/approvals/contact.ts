import { z } from 'zod';
import type { DomainError } from '../shared/errors.ts';
import { fail } from '../shared/errors.ts';
import { ok, type Result } from '../shared/result.ts';
import { contactMethods, type SupportContact } from './model.ts';

const required = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`);

const contactSchema = z
  .object({
    firstName: required('first name').max(100),
    lastName: required('last name').max(100),
    preferredContactMethod: z.enum(contactMethods, {
      error: 'preferred contact method is email or phone',
    }),
    email: z.email({ error: 'email is not a valid address' }),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()./-]{6,30}$/, 'phone must be digits with an optional leading +')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    timeZone: required('time zone').max(100),
    language: z
      .string()
      .trim()
      .regex(/^[a-z]{2}(-[a-z]{2,4})?$/i, 'support language is a code like en-us'),
    country: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{3}$/, 'country is a 3-letter ISO code like USA or DEU'),
  })
  .superRefine((c, ctx) => {
    if (c.preferredContactMethod === 'phone' && c.phone === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['phone'],
        message: 'phone is required when the preferred contact method is phone',
      });
    }
  });

/**
 * Checks the support contact details Microsoft asks for. On failure the details name the bad
 * `fields`, so a form can mark each one and the catalog can say what is wrong with it.
 */
export const validateContact = (input: unknown): Result<SupportContact, DomainError> => {
  const parsed = contactSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    // The catalog words each problem by its field, so every language says it its own way.
    const fields = [...new Set(issues.map((i) => String(i.path[0] ?? 'contact')))];
    return fail('INVALID_CONTACT', { fields });
  }
  const c = parsed.data;
  return ok({
    firstName: c.firstName,
    lastName: c.lastName,
    preferredContactMethod: c.preferredContactMethod,
    email: c.email,
    ...(c.phone === undefined ? {} : { phone: c.phone }),
    timeZone: c.timeZone,
    language: c.language.toLowerCase(),
    country: c.country.toUpperCase(),
  });
};

/** The contact form as typed: every field a string, before validation. */
export type ContactDraft = Record<keyof SupportContact, string>;

/** What a channel knows of a person beyond the directory (Slack's profile, for one). */
export interface ContactHints {
  readonly firstName?: string;
  readonly lastName?: string;
  readonly phone?: string;
  readonly timeZone?: string;
  readonly country?: string;
}

/**
 * The support contact details a form starts from: the directory's name and email, completed by
 * what the channel knows (profile phone, time zone, country). Every field stays editable.
 */
export const contactDraft = (
  agent: { readonly name: string; readonly email: string },
  hints: ContactHints = {},
): ContactDraft => {
  const [first = '', ...rest] = agent.name.split(' ');
  return {
    firstName: hints.firstName || first,
    lastName: hints.lastName || rest.join(' '),
    preferredContactMethod: 'email',
    email: agent.email,
    phone: hints.phone ?? '',
    timeZone: hints.timeZone || 'UTC',
    language: 'en-us',
    country: hints.country ?? '',
  };
};
