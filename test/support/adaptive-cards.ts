import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';

// The package's main entry (lib/) is ESM without file extensions, which Node 20 cannot load; the
// webpack bundle in dist/ is the same API as CommonJS and needs no DOM to parse and validate.
const requireCjs = createRequire(import.meta.url);
const ac = requireCjs('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

/** The highest Adaptive Card schema version every Teams client renders. */
export const maxTeamsCardVersion = { major: 1, minor: 5 } as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `major.minor` of a card's `version`, or undefined when it is missing or malformed. */
const parseVersion = (version: unknown): { major: number; minor: number } | undefined => {
  const match = typeof version === 'string' ? /^(\d+)\.(\d+)$/.exec(version) : null;
  return match?.[1] !== undefined && match[2] !== undefined
    ? { major: Number(match[1]), minor: Number(match[2]) }
    : undefined;
};

const describeEvent = (event: AdaptiveCards.IValidationEvent): string =>
  `${ac.ValidationEvent[event.event]}: ${event.message}`;

/**
 * Everything wrong with an Adaptive Card payload as Teams would receive it: `type` must be
 * `AdaptiveCard` and `version` at most 1.5; then the adaptivecards library parses the card against
 * its declared version (unknown element or action types, invalid property values, features newer
 * than the version) and validates it (missing required properties, duplicate IDs). Empty when the
 * card is valid.
 */
export const validateCard = (card: object): string[] => {
  const errors: string[] = [];
  const json: Record<string, unknown> = isRecord(card) ? card : {};
  if (json.type !== 'AdaptiveCard') {
    errors.push(`type must be "AdaptiveCard", got ${JSON.stringify(json.type)}`);
  }
  const version = parseVersion(json.version);
  const tooNew =
    version !== undefined &&
    (version.major > maxTeamsCardVersion.major ||
      (version.major === maxTeamsCardVersion.major && version.minor > maxTeamsCardVersion.minor));
  if (version === undefined) {
    errors.push(`version must be "major.minor", got ${JSON.stringify(json.version)}`);
  } else if (tooNew) {
    errors.push(`version ${String(json.version)} is above 1.5, the highest Teams renders`);
  }

  // Parse against the declared version, so a 1.2 card using a 1.5 feature is reported; fresh
  // registries with the built-in types keep other code's registrations out of the verdict.
  const context = new ac.SerializationContext(
    version !== undefined && !tooNew
      ? new ac.Version(version.major, version.minor)
      : ac.Versions.v1_5,
  );
  const elements = new ac.CardObjectRegistry<AdaptiveCards.CardElement>();
  const actions = new ac.CardObjectRegistry<AdaptiveCards.Action>();
  ac.GlobalRegistry.populateWithDefaultElements(elements);
  ac.GlobalRegistry.populateWithDefaultActions(actions);
  context.setElementRegistry(elements);
  context.setActionRegistry(actions);

  const parsed = new ac.AdaptiveCard();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) errors.push(describeEvent(context.getEventAt(i)));
  for (const event of parsed.validateProperties().validationEvents) {
    errors.push(describeEvent(event));
  }
  return errors;
};

/** Throws, listing every problem {@link validateCard} finds, unless the card is valid. */
export const expectValidCard = (card: object): void => {
  const errors = validateCard(card);
  if (errors.length > 0) {
    throw new Error(`Invalid Adaptive Card:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  }
};
