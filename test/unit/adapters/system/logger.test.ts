import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { jsonLogger } from '../../../../adapters/system/logger.ts';

const capture = (level: 'debug' | 'info' | 'warn' | 'error') => {
  const stream = new PassThrough();
  const lines: string[] = [];
  stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').trim().split('\n')));
  return { log: jsonLogger(stream, level, () => '2026-11-28T10:00:00.000Z'), lines };
};

describe('the structured logger', () => {
  it('writes one JSON object per line with time, level and event', () => {
    const { log, lines } = capture('info');
    log.info('request_filed', { requestId: 'RD-1', action: 'none' });
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      {
        time: '2026-11-28T10:00:00.000Z',
        level: 'info',
        event: 'request_filed',
        requestId: 'RD-1',
        action: 'none',
      },
    ]);
  });

  it('never writes a value under a key that names a secret', () => {
    const { log, lines } = capture('debug');
    log.error('slack_failed', {
      botToken: 'xoxb-123',
      signingSecret: 's3cr3t',
      MicrosoftAppPassword: 'pw',
      authorization: 'Bearer x',
    });
    expect(lines.join('\n')).not.toMatch(/xoxb-123|s3cr3t|"pw"|Bearer x/);
    expect(JSON.parse(lines[0] ?? '{}').botToken).toBe('[redacted]');
  });

  it('drops entries below the configured level', () => {
    const { log, lines } = capture('warn');
    log.debug('noise');
    log.info('chatter');
    log.warn('attention');
    expect(lines.map((l) => JSON.parse(l).event)).toEqual(['attention']);
  });
});
