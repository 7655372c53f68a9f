import { afterEach, describe, expect, it } from 'vitest';
import { commandNames } from '../../../src/chat/grammar.ts';
import { type Harness, openDesk, value } from '../../support/desk-harness.ts';
import { converse, submittedId } from '../../support/shell-harness.ts';
import { reservation } from '../../support/tenant-builders.ts';

let h: Harness;
afterEach(async () => h?.close());

describe('the console with bad input', () => {
  it('suggests the nearest command for a typo and says how to get help', async () => {
    h = await openDesk();
    const { printed } = await converse(h, [
      'lsit contoso',
      '/reservation refnud VM_RI_D2s_weu',
      'show VM_RI_D2s_wue',
    ]);
    expect(printed).toContain(
      '"lsit" is not a command. Did you mean "list"? Type "help" to see every command.',
    );
    expect(printed).toContain('"refnud" is not a command. Did you mean "refund"?');
    expect(printed).toContain(
      'No reservation matches "VM_RI_D2s_wue". Did you mean "VM_RI_D2s_weu"?',
    );
  });

  it('asks a refused field again, keeping the other answers', async () => {
    h = await openDesk();
    const { printed } = await converse(h, [
      'refund VM_RI_D2s_weu',
      '1',
      'seven',
      'Workload retired',
      '',
      '',
      '',
      'dev-at-partner',
      '',
      '',
      '',
      'United Kingdom',
      'dev@partner.example',
      'GBR',
      '1',
    ]);
    expect(printed).toContain('Quantity seven is not valid');
    expect(printed).toContain('email is not a valid address');
    expect(printed).toContain('country is a 3-letter ISO code');
    const request = await h.desk.request(submittedId(printed));
    expect(request).toMatchObject({
      quantity: 1,
      reason: 'Workload retired',
      contact: { email: 'dev@partner.example', country: 'GBR', firstName: 'Dev' },
    });
  });

  it('ends cleanly at the end of input in the middle of a form, submitting nothing', async () => {
    h = await openDesk();
    const { code, printed } = await converse(h, [
      'refund VM_RI_D2s_weu',
      '1',
      '2',
      'half a reason',
    ]);
    expect(code).toBe(0);
    expect(printed.trimEnd().endsWith('Bye.')).toBe(true);
    expect(value(await h.desk.requests())).toHaveLength(0);
  });

  it('lists every command with an example in help, and the console words', async () => {
    h = await openDesk();
    const { printed } = await converse(h, ['help']);
    for (const name of commandNames)
      expect(printed).toContain(`/reservation ${name === 'help' ? 'help refund' : name}`);
    expect(printed).toContain('"/as <name or email>"');
  });

  it('says when a number picks nothing', async () => {
    h = await openDesk();
    const { printed } = await converse(h, ['3']);
    expect(printed).toContain(
      'There is no choice 3: pick a number from the list above (there are 0)',
    );
  });
});

describe('an exchange in the console', () => {
  it('asks the new total again when it is below the minimum, then files on approval', async () => {
    const b = reservation({
      displayName: 'SQL_MI_monthly_neu',
      billingPlan: 'Monthly',
      term: 'P3Y',
      expiryDate: '2029-01-10',
      price: { amount: '3600.00', currency: 'USD' },
      reservedResourceType: 'SqlDatabases',
      sku: 'SQLMI_GP_Compute_Gen5',
      location: 'northeurope',
    });
    h = await openDesk({ now: '2027-07-10T09:00:00Z', file: { reservations: [b] } });
    const { printed } = await converse(h, [
      'exchange SQL_MI_monthly_neu',
      '1',
      '',
      'SQLMI_BC_Compute_Gen5',
      '',
      '',
      '1',
      '',
      '1799.99',
      '1800.00',
      '',
      'Moving to Business Critical',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'DEU',
      '/as ben',
      '1',
    ]);
    expect(printed).toContain('must be at least 1800.00 USD');
    expect(printed).toContain('Net payable');
    expect(printed).toContain('$1,793.43');
    const request = await h.desk.request(submittedId(printed));
    expect(request).toMatchObject({
      kind: 'exchange',
      status: 'filed',
      newPurchase: { sku: 'SQLMI_BC_Compute_Gen5', total: '1800.00', quantity: 1 },
    });
  });
});
