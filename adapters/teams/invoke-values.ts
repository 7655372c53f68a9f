import { z } from 'zod';

// The `value` of each invoke the bot handles, checked before botbuilder reads it: botbuilder
// dereferences some without looking (an `adaptiveCard/action` without `action` throws a TypeError
// inside the turn), and the handlers below expect these shapes. A value that does not fit is
// refused with 400, as botbuilder refuses the cases it does check.

const object = z.looseObject({});
const commandValue = z.looseObject({
  commandId: z.string().max(200).optional(),
  commandContext: z.string().max(64).optional(),
  data: z.unknown().optional(),
});

// A Map, not an object: an invoke named "constructor" must not find Object's.
const schemas: ReadonlyMap<string, z.ZodType> = new Map(
  Object.entries({
    'adaptiveCard/action': z.looseObject({
      action: z.looseObject({
        type: z.string().max(64),
        verb: z.string().max(200).optional(),
        data: z.unknown().optional(),
      }),
    }),
    'composeExtension/fetchTask': commandValue,
    'composeExtension/submitAction': commandValue.extend({
      botMessagePreviewAction: z.string().max(64).optional(),
    }),
    'composeExtension/query': z.looseObject({
      commandId: z.string().max(200).optional(),
      parameters: z.array(z.looseObject({ name: z.string().max(200) })).optional(),
    }),
    'task/fetch': object,
    'task/submit': object,
  }),
);

/** True when the invoke's value has the shape its handler reads (or the bot handles no such invoke). */
export const invokeValueFits = (name: string | undefined, value: unknown): boolean =>
  schemas.get(name ?? '')?.safeParse(value).success ?? true;
