/**
 * Edit distance (insertions, deletions, substitutions, and swaps of two neighbours, the commonest
 * typo), case-insensitive.
 */
export const editDistance = (a: string, b: string): number => {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      const swapped = i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1];
      if (swapped) best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current[j] = best;
    }
    before = previous;
    previous = current;
  }
  return previous[t.length] ?? 0;
};

/**
 * The candidates close enough to `input` to be what was meant ("did you mean …"): within a third
 * of the input's length in edits, or starting with it; best first, at most `limit`.
 */
export const suggest = (input: string, candidates: readonly string[], limit = 3): string[] => {
  const needle = input.toLowerCase();
  const allowed = Math.max(1, Math.floor(needle.length / 3));
  // The first spelling of a candidate wins ("Fabrikam" over a later "fabrikam").
  const seen = new Map<string, string>();
  for (const c of candidates)
    if (c !== '' && !seen.has(c.toLowerCase())) seen.set(c.toLowerCase(), c);
  return [...seen.values()]
    .map((c) => ({ c, d: c.toLowerCase().startsWith(needle) ? 0.5 : editDistance(needle, c) }))
    .filter((x) => x.d <= allowed)
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, limit)
    .map((x) => x.c);
};
