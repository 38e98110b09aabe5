// Whole-word, case-insensitive term matching: "pt" matches "pt x6" but not "script".
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

export function mentions(haystack: string, term: string): boolean {
  const h = haystack.toLowerCase();
  const t = term.toLowerCase();
  if (t.length === 0) return false;
  let from = 0;
  for (;;) {
    const at = h.indexOf(t, from);
    if (at < 0) return false;
    if (!isWordChar(h[at - 1]) && !isWordChar(h[at + t.length])) return true;
    from = at + 1;
  }
}

export function mentionsAny(haystack: string, terms: readonly string[]): boolean {
  return terms.some((t) => mentions(haystack, t));
}
