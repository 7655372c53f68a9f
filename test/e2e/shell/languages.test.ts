import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, openDesk } from '../../support/desk-harness.ts';
import { converse, submittedId } from '../../support/shell-harness.ts';

let h: Harness;
afterEach(async () => h?.close());

const form = (reason: string) => ['', reason, '', '', '', '', '', '', '', 'CHN'];

describe('the console in two languages', () => {
  it('runs the refund flow in Simplified Chinese when the terminal is Chinese', async () => {
    h = await openDesk();
    const { printed } = await converse(
      h,
      ['refund VM_RI_D2s_weu 1', '1', ...form('客户迁移到节省计划'), '/as ana', '1'],
      'dev@partner.example',
      'zh_CN.UTF-8',
    );
    const id = submittedId(printed.replace(/申请 (RD-\w+) 已提交/, 'Request $1 submitted'));
    expect(printed).toContain('退款');
    expect(printed).toContain('提前终止费');
    expect(printed).toContain('US$604.93');
    expect(printed).toMatch(/2026年7月10日/);
    expect((await h.desk.request(id))?.status).toBe('filed');
  });

  it('runs the same flow in English for an English terminal', async () => {
    h = await openDesk();
    const { printed } = await converse(
      h,
      ['refund VM_RI_D2s_weu 1', '1', ...form('moving to a savings plan'), '/as ana', '1'],
      'dev@partner.example',
      'en_US.UTF-8',
    );
    expect(printed).toContain('Early termination fee (12%)');
    expect(printed).toContain('$604.93');
    expect(printed).toContain('Jul 10, 2026');
    expect((await h.desk.requests('filed')).ok).toBe(true);
  });

  it("keeps a person's own choice of language on every channel, until they choose auto", async () => {
    h = await openDesk();
    const { printed } = await converse(
      h,
      ['language zh-CN', 'cap contoso', 'language auto', 'cap contoso', 'language fr'],
      'dev@partner.example',
      'en_US.UTF-8',
    );
    expect(printed).toContain('从现在起');
    expect(printed).toMatch(/退款上限/);
    expect(printed).toContain("From now on you are answered in your app's language (English).");
    expect(printed).toContain('Reservation Desk does not speak "fr" yet.');
    const dev = await h.as('dev');
    expect(await h.desk.localeFor(dev, 'en-US')).toBe('en-US');
  });
});
