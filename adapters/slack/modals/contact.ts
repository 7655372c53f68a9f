import type { ContactDraft } from '../../../src/approvals/contact.ts';
import type { Translate } from '../../../src/chat/views/format.ts';
import type { SlackBlock } from '../blocks.ts';
import { radioInput, readValue, selectInput, textInput } from './elements.ts';

/** Block IDs of the contact fields, by the field they hold (per-field errors use them). */
export const contactBlockIds: Readonly<Record<keyof ContactDraft, string>> = {
  firstName: 'contact_first_name',
  lastName: 'contact_last_name',
  preferredContactMethod: 'contact_method',
  email: 'contact_email',
  phone: 'contact_phone',
  timeZone: 'contact_time_zone',
  language: 'contact_language',
  country: 'contact_country',
};

/** The support languages Azure support offers for billing cases. */
const languages = [
  'en-us',
  'zh-cn',
  'zh-tw',
  'ja-jp',
  'ko-kr',
  'de-de',
  'fr-fr',
  'es-es',
  'it-it',
  'pt-br',
];

/** The contact details Microsoft asks for, prefilled from the directory and the Slack profile. */
export const contactBlocks = (d: ContactDraft, t: Translate): SlackBlock[] => [
  { type: 'header', text: { type: 'plain_text', text: t('form.contactHeading') } },
  textInput(contactBlockIds.firstName, t('form.contact.firstName'), d.firstName, {
    maxLength: 100,
  }),
  textInput(contactBlockIds.lastName, t('form.contact.lastName'), d.lastName, { maxLength: 100 }),
  radioInput(
    contactBlockIds.preferredContactMethod,
    t('form.contact.preferredContactMethod'),
    [
      { label: t('form.method.email'), value: 'email' },
      { label: t('form.method.phone'), value: 'phone' },
    ],
    d.preferredContactMethod,
  ),
  textInput(contactBlockIds.email, t('form.contact.email'), d.email, { maxLength: 254 }),
  textInput(contactBlockIds.phone, t('form.contact.phone'), d.phone, {
    optional: true,
    maxLength: 30,
  }),
  textInput(contactBlockIds.timeZone, t('form.contact.timeZone'), d.timeZone, { maxLength: 100 }),
  selectInput(
    contactBlockIds.language,
    t('form.contact.language'),
    languages.map((l) => ({ label: l, value: l })),
    d.language,
  ),
  textInput(contactBlockIds.country, t('form.contact.country'), d.country, { maxLength: 3 }),
];

type StateValues = Parameters<typeof readValue>[0];

export const readContact = (values: StateValues): ContactDraft => ({
  firstName: readValue(values, contactBlockIds.firstName),
  lastName: readValue(values, contactBlockIds.lastName),
  preferredContactMethod: readValue(values, contactBlockIds.preferredContactMethod),
  email: readValue(values, contactBlockIds.email),
  phone: readValue(values, contactBlockIds.phone),
  timeZone: readValue(values, contactBlockIds.timeZone),
  language: readValue(values, contactBlockIds.language),
  country: readValue(values, contactBlockIds.country),
});
