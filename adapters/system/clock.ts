import { type Clock, type Instant, parseInstant } from '../../src/shared/time.ts';

/**
 * Parses an ISO-8601 instant with an explicit zone, or a bare date (midnight UTC), as the core's
 * `parseInstant` does; `undefined` when the text is not one.
 */
export const parseZonedInstant = (text: string): Instant | undefined => {
  const r = parseInstant(text);
  return r.ok ? r.value : undefined;
};

/** The machine's clock, in UTC. */
export const systemClock = (): Clock => ({
  now: () => new Date().toISOString(),
});

/**
 * A clock that always answers the same instant (demos, tests, `RESERVATION_DESK_NOW`). Accepts
 * what {@link parseZonedInstant} accepts and answers it normalized; throws on anything else,
 * since callers pass values already validated by the configuration.
 */
export const fixedClock = (instant: string): Clock => {
  const normalized = parseZonedInstant(instant);
  if (normalized === undefined) {
    throw new Error(`fixedClock: not an ISO-8601 instant with a zone: ${JSON.stringify(instant)}`);
  }
  return { now: () => normalized };
};
