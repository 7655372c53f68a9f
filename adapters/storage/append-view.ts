/**
 * The audit list as a change sees it (lowdb-store.ts), without copying it: in a large store the
 * audit holds hundreds of thousands of lines, and copying it for every update cost ~10 ms and as
 * much garbage. The view reads through to the store's list; pushes are kept aside, and appended to
 * the store's list only once the change is on disk. Anything other than reading and pushing (an
 * index written, the length set, a line deleted) turns the view into a plain copy of the list, and
 * the change is then written as a whole, as before.
 */
export interface AppendView<T> {
  /** What the change sees and edits; an array to every reader (`Array.isArray` is true). */
  readonly list: T[];
  /** What the change did: appended lines, or (after any other edit) the whole new list. */
  outcome(): { readonly added: readonly T[] } | { readonly replaced: T[] };
}

const indexOf = (key: string | symbol): number | undefined => {
  if (typeof key !== 'string') return undefined;
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && String(n) === key ? n : undefined;
};

export const appendView = <T>(base: readonly T[]): AppendView<T> => {
  const added: T[] = [];
  let copy: T[] | undefined;
  const own = (): T[] => {
    copy ??= [...base, ...added];
    return copy;
  };
  const at = (i: number): T | undefined => (i < base.length ? base[i] : added[i - base.length]);
  const length = () => base.length + added.length;
  const push = (...items: T[]): number => {
    if (copy !== undefined) return copy.push(...items);
    added.push(...items);
    return length();
  };
  // The target is an empty array only so that the view is an array (Array.isArray, species).
  const list = new Proxy<T[]>([], {
    get(target, key) {
      if (copy !== undefined) return key === 'push' ? push : Reflect.get(copy, key);
      if (key === 'push') return push;
      if (key === 'length') return length();
      const i = indexOf(key);
      return i === undefined ? Reflect.get(target, key) : at(i);
    },
    has(target, key) {
      if (copy !== undefined) return Reflect.has(copy, key);
      const i = indexOf(key);
      return i === undefined ? Reflect.has(target, key) : i < length();
    },
    ownKeys() {
      if (copy !== undefined) return Reflect.ownKeys(copy);
      return [...Array.from({ length: length() }, (_, i) => String(i)), 'length'];
    },
    getOwnPropertyDescriptor(_target, key) {
      if (copy !== undefined) return Reflect.getOwnPropertyDescriptor(copy, key);
      if (key === 'length')
        return { value: length(), writable: true, enumerable: false, configurable: false };
      const i = indexOf(key);
      return i === undefined || i >= length()
        ? undefined
        : { value: at(i), writable: true, enumerable: true, configurable: true };
    },
    set(_target, key, value) {
      return Reflect.set(own(), key, value);
    },
    deleteProperty(_target, key) {
      return Reflect.deleteProperty(own(), key);
    },
    defineProperty(_target, key, descriptor) {
      return Reflect.defineProperty(own(), key, descriptor);
    },
  });
  return {
    list,
    outcome: () => (copy === undefined ? { added } : { replaced: copy }),
  };
};
