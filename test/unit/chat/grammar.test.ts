import { describe, expect, it } from 'vitest';
import { type Command, commandNames, parseCommand, tokenize } from '../../../src/chat/grammar.ts';

const parsed = (input: string): Command => {
  const r = parseCommand(input);
  if (!r.ok)
    throw new Error(`expected a command from ${JSON.stringify(input)}, got ${r.error.code}`);
  return r.value;
};
const refused = (input: string) => {
  const r = parseCommand(input);
  if (r.ok) throw new Error(`expected a refusal of ${JSON.stringify(input)}, got ${r.value.name}`);
  return r.error;
};

describe('tokenize', () => {
  it('splits on any run of white space', () => {
    expect(tokenize('  list\tContoso \n Ltd ')).toEqual(['list', 'Contoso', 'Ltd']);
  });

  it('keeps double- and single-quoted words together, without the quotes', () => {
    expect(tokenize(`show "VM RI weu" 'SQL MI neu' x`)).toEqual([
      'show',
      'VM RI weu',
      'SQL MI neu',
      'x',
    ]);
  });

  it('keeps an unbalanced quote as part of an ordinary word', () => {
    expect(tokenize('show "VM_RI')).toEqual(['show', '"VM_RI']);
  });

  it('returns no tokens for blank text', () => {
    expect(tokenize(' \t\n')).toEqual([]);
  });
});

describe('parseCommand: every command of the grammar', () => {
  const cases: [string, Command][] = [
    ['help', { name: 'help' }],
    ['help REFUND', { name: 'help', topic: 'refund' }],
    ['customers', { name: 'customers' }],
    ['customers contoso ltd', { name: 'customers', query: 'contoso ltd' }],
    ['list Contoso Ltd', { name: 'list', customer: 'Contoso Ltd' }],
    ['show VM_RI_D2s_weu', { name: 'show', reservation: 'VM_RI_D2s_weu' }],
    ['refund VM_RI_D2s_weu', { name: 'refund', reservation: 'VM_RI_D2s_weu' }],
    ['exchange SQL_MI_monthly_neu', { name: 'exchange', reservation: 'SQL_MI_monthly_neu' }],
    ['scope VM_RI_D2s_weu', { name: 'scope', reservation: 'VM_RI_D2s_weu' }],
    [
      'scope VM_RI_D2s_weu shared',
      { name: 'scope', reservation: 'VM_RI_D2s_weu', scope: 'shared' },
    ],
    ['access VM_RI_D2s_weu', { name: 'access', reservation: 'VM_RI_D2s_weu' }],
    ['cap fabrikam', { name: 'cap', customer: 'fabrikam' }],
    ['requests', { name: 'requests' }],
    ['requests pending', { name: 'requests', status: 'pending' }],
    ['request RD-7KQ2M9XA', { name: 'request', requestId: 'RD-7KQ2M9XA' }],
    ['roles', { name: 'roles' }],
    ['roles ana', { name: 'roles', agent: 'ana' }],
    ['language', { name: 'language' }],
    ['language zh-CN', { name: 'language', locale: 'zh-CN' }],
  ];

  it('has a case here for every command name', () => {
    expect(new Set(cases.map(([, c]) => c.name))).toEqual(new Set(commandNames));
  });

  it.each(cases)('parses %j without the prefix', (input, command) => {
    expect(parsed(input)).toEqual(command);
  });

  it.each(cases)('parses %j after "/reservation" the same way', (input, command) => {
    expect(parsed(`/reservation ${input}`)).toEqual(command);
  });

  it('accepts the prefix without a slash and in any case, and the command word in any case', () => {
    expect(parsed('reservation show x')).toEqual({ name: 'show', reservation: 'x' });
    expect(parsed('/RESERVATION SHOW x')).toEqual({ name: 'show', reservation: 'x' });
  });

  it('does not strip a longer word that merely starts with "reservation"', () => {
    expect(refused('reservations list x').code).toBe('UNKNOWN_COMMAND');
  });
});

describe('parseCommand: empty input', () => {
  it.each(['', '   ', '\n\t', '/reservation', '/reservation   ', 'reservation'])(
    'treats %j as help',
    (input) => {
      expect(parsed(input)).toEqual({ name: 'help' });
    },
  );
});

describe('parseCommand: quoted names', () => {
  it('takes a quoted customer name as one argument', () => {
    expect(parsed('list "Contoso Ltd"')).toEqual({ name: 'list', customer: 'Contoso Ltd' });
  });

  it('takes a single-quoted reservation name as one argument', () => {
    expect(parsed("show 'VM RI weu'")).toEqual({ name: 'show', reservation: 'VM RI weu' });
  });

  it('treats an empty quoted argument as a missing one', () => {
    expect(refused('show ""').code).toBe('INVALID_ARGUMENTS');
  });
});

describe('parseCommand: refund <reservation> [quantity]', () => {
  it('reads a numeric last word as the quantity', () => {
    expect(parsed('refund VM_RI_D2s_weu 1')).toEqual({
      name: 'refund',
      reservation: 'VM_RI_D2s_weu',
      quantity: 1,
    });
  });

  it('reads the quantity after a quoted name with spaces', () => {
    expect(parsed('refund "VM RI weu" 2')).toEqual({
      name: 'refund',
      reservation: 'VM RI weu',
      quantity: 2,
    });
  });

  it('reads the quantity after an unquoted name of several words', () => {
    expect(parsed('refund Contoso Ltd/VM_RI_D2s_weu 3')).toEqual({
      name: 'refund',
      reservation: 'Contoso Ltd/VM_RI_D2s_weu',
      quantity: 3,
    });
  });

  it('takes a lone number as the reservation, not as a quantity', () => {
    expect(parsed('refund 12345')).toEqual({ name: 'refund', reservation: '12345' });
  });

  it('passes a fractional or negative quantity on, for the quote to refuse', () => {
    expect(parsed('refund x 1.5')).toMatchObject({ quantity: 1.5 });
    expect(parsed('refund x -1')).toMatchObject({ quantity: -1 });
  });

  it('keeps a last word that is not a plain number in the reservation name', () => {
    expect(parsed('refund VM 1e3')).toEqual({ name: 'refund', reservation: 'VM 1e3' });
  });
});

describe('parseCommand: scope <reservation> <scope…>', () => {
  it('takes the first word as the reservation and the rest as the scope', () => {
    expect(parsed('scope VM_RI_D2s_weu /subscriptions/abc/resourceGroups/rg one')).toEqual({
      name: 'scope',
      reservation: 'VM_RI_D2s_weu',
      scope: '/subscriptions/abc/resourceGroups/rg one',
    });
  });

  it('takes a quoted reservation name as the first word', () => {
    expect(parsed('scope "VM RI weu" shared')).toEqual({
      name: 'scope',
      reservation: 'VM RI weu',
      scope: 'shared',
    });
  });
});
