import { describe, expect, it } from 'vitest';
import { appendView } from '../../../../adapters/storage/append-view.ts';

describe('appendView', () => {
  it('reads as the list plus what was pushed, and keeps pushes apart from the list', () => {
    const base = Object.freeze(['a', 'b']);
    const view = appendView(base);

    expect(view.list.push('c', 'd')).toBe(4);

    expect(Array.isArray(view.list)).toBe(true);
    expect(view.list.length).toBe(4);
    expect(view.list[1]).toBe('b');
    expect(view.list[2]).toBe('c');
    expect(view.list[4]).toBeUndefined();
    expect([...view.list]).toEqual(['a', 'b', 'c', 'd']);
    expect(view.list.filter((x) => x !== 'b')).toEqual(['a', 'c', 'd']);
    expect(view.list.slice(1, 3)).toEqual(['b', 'c']);
    expect(view.list.at(-1)).toBe('d');
    expect(JSON.stringify(view.list)).toBe('["a","b","c","d"]');
    expect(Object.keys(view.list)).toEqual(['0', '1', '2', '3']);
    expect(3 in view.list).toBe(true);
    expect(4 in view.list).toBe(false);
    expect(view.outcome()).toEqual({ added: ['c', 'd'] });
    expect(base).toEqual(['a', 'b']);
  });

  it('answers no change when the change only read', () => {
    const view = appendView(['a']);
    expect(view.list.includes('a')).toBe(true);
    expect(view.outcome()).toEqual({ added: [] });
  });

  it.each([
    [
      'an index written',
      (l: string[]) => {
        l[0] = 'z';
      },
      ['z', 'b', 'c'],
    ],
    ['a splice', (l: string[]) => void l.splice(0, 1), ['b', 'c']],
    [
      'the length cut',
      (l: string[]) => {
        l.length = 1;
      },
      ['a'],
    ],
    ['a sort', (l: string[]) => void l.sort().reverse(), ['c', 'b', 'a']],
    ['a delete', (l: string[]) => void delete l[2], ['a', 'b', undefined]],
  ])(
    'turns into a copy of the whole list on %s, never touching the list itself',
    (_, edit, whole) => {
      const base = Object.freeze(['a', 'b']);
      const view = appendView(base);
      view.list.push('c');

      edit(view.list);
      view.list.push('after');

      const outcome = view.outcome();
      expect(outcome).toEqual({ replaced: [...whole, 'after'] });
      expect([...view.list]).toEqual([...whole, 'after']);
      expect(base).toEqual(['a', 'b']);
    },
  );
});
