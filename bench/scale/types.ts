/** What the scale benchmark's processes tell each other. */

/** What the measuring process needs to know of the generated files. */
export interface ScaleMeta {
  readonly dataPath: string;
  readonly storePath: string;
  readonly bigCustomer: {
    readonly name: string;
    readonly domain: string;
    readonly reservation: string;
  };
  readonly targets: readonly { readonly displayName: string; readonly customerId: string }[];
  readonly requester: string;
  readonly approver: string;
}

export interface GenerationFigures {
  readonly generateMs: number;
  readonly dataBytes: number;
  readonly storeBytes: number;
  readonly auditEntries: number;
  /** Where a start spends its time, measured apart: each step on the text already in memory. */
  readonly storeJsonParseMs: number;
  readonly storeValidateMs: number;
  readonly dataJsonParseMs: number;
  readonly dataValidateMs: number;
}

export interface Timing {
  readonly count: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
  /** The run stopped on its time budget before its planned count. */
  readonly budgetHit: boolean;
}

/** Sent first: the start and the reads. */
export interface ReadFigures {
  /** compose(): load and validate the data file, open and validate the store. */
  readonly startupMs: number;
  readonly memory: {
    readonly rss: number;
    readonly heapUsed: number;
    /** After a forced garbage collection: what the loaded state really holds. */
    readonly heapUsedAfterGc?: number;
  };
  readonly list: Timing & { readonly reservations: number };
  /** The same list rendered as the chat reply (`handleText`), for comparison. */
  readonly listRendered: Timing;
  readonly quote: Timing;
  /** A quote for the big customer, whose ledger holds a tenth of all requests. */
  readonly quoteBig: Timing & { readonly exceedsCap: boolean };
  /**
   * The first call of each read after the start, left out of the timings above (it builds the
   * reservation indexes and compiles the code paths): what the first person to ask waits.
   */
  readonly firstMs: {
    readonly list: number;
    readonly listRendered: number;
    readonly quote: number;
    readonly quoteBig: number;
  };
  /** Garbage-collection pauses while the reads above ran. */
  readonly gcDuringReads: {
    readonly count: number;
    readonly totalMs: number;
    readonly maxMs: number;
  };
  /** V8's longest string: lowdb cannot write a store whose JSON is longer. */
  readonly maxStringLength: number;
}

/** Sent second: submit + approve, as many as the time budget allows (at least one). */
export interface ApprovalFigures extends Timing {
  /** The first approval after the start, left out of the timings (compiles the write path). */
  readonly firstMs: number;
  readonly filed: number;
  readonly submit: Timing;
  readonly approve: Timing;
}

/** Sent last: what one write costs, and what the alternative would. */
export interface WriteCosts {
  /** What the approvals appended to the store's journal. */
  readonly journal: { readonly lines: number; readonly bytes: number; readonly approvals: number };
  /** Rewriting the whole lowdb file (a compaction), taken apart: stringify the state, write it. */
  readonly write: {
    readonly stringifyMs: number;
    readonly writeMs: number;
    readonly bytes: number;
  };
  /** One request appended to a file as a JSON line, then fdatasync: a journal append's floor. */
  readonly append: Timing;
}
