// Tokens, sentences and a phrase trie: the one linear pass every lexicon and trigger list is matched by.
// Matching token sequences (not a regex alternation of hundreds of phrases) keeps a 1 MB summary fast.

export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lowercased text. */
  readonly norm: string;
  /** Index of the sentence holding the token. */
  sentence: number;
  /** A clause break (";", ")" or a bullet) sits between this token and the previous one. */
  clauseBreak: boolean;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly firstToken: number;
  /** One past the last token. */
  readonly endToken: number;
}

export interface Analyzed {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

const TOKEN = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Same classes as TOKEN; ASCII decided without a regex. Surrogate pairs count as word characters when the pair is. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xdc00 && c <= 0xdfff) {
    // Low surrogate: part of the pair that started at i - 1.
    return i > 0 && WORD_CHAR.test(text.slice(i - 1, i + 1));
  }
  return WORD_CHAR.test(text.slice(i, i + 2).length === 2 && c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text.charAt(i));
}
// A period ends a sentence unless it follows one of these (lowercased) words.
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'vs', 'e', 'g', 'i', 'etc', 'no', 'approx', 'st', 'jr', 'sr', 'fig', 'u', 's', 'p', 'pt', 'hx', 'dx', 'tx']);
/** Longest sentence in tokens; longer runs are split (bounds the work per mention). */
export const MAX_SENTENCE_TOKENS = 150;
const SENTENCE_END = /[.!?]+(?=\s+["'(\[]?[\p{Lu}\p{N}])|\n[ \t\f\r]*\n/gu;

export function analyze(text: string): Analyzed {
  const tokens: Token[] = [];
  // A hand-written scanner: no match object per token (most of the cost on a 1 MB text was garbage).
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text, i)) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < n && isWordChar(text, i)) i += 1;
    tokens.push({ start, end: i, norm: text.slice(start, i).toLowerCase(), sentence: 0, clauseBreak: false });
  }
  // Sentence end offsets.
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    if (m[0].startsWith('.')) {
      const before = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index));
      if (before?.[1] !== undefined && ABBREVIATIONS.has(before[1].toLowerCase())) continue;
    }
    ends.push(m.index + m[0].length);
  }
  ends.push(text.length);
  const sentences: Sentence[] = [];
  let tok = 0;
  let start = 0;
  for (const end of ends) {
    if (end <= start) continue;
    let first = tok;
    while (tok < tokens.length) {
      const t = tokens[tok];
      if (t === undefined || t.start >= end) break;
      if (tok - first >= MAX_SENTENCE_TOKENS) {
        // A run-on "sentence" is cut so that scope checks stay bounded on any input.
        sentences.push({ start, end: t.start, firstToken: first, endToken: tok });
        start = t.start;
        first = tok;
      }
      t.sentence = sentences.length;
      tok += 1;
    }
    sentences.push({ start, end, firstToken: first, endToken: tok });
    start = end;
  }
  // Clause breaks (";") inside sentences.
  for (let i = 1; i < tokens.length; i += 1) {
    const prev = tokens[i - 1];
    const cur = tokens[i];
    if (prev === undefined || cur === undefined) continue;
    for (let c = prev.end; c < cur.start; c += 1) {
      const code = text.charCodeAt(c);
      if (code === 59 /* ; */ || code === 41 /* ) closes a parenthesis */ || code === 0x2022 /* bullet */) {
        cur.clauseBreak = true;
        break;
      }
    }
  }
  return { text, tokens, sentences };
}

/** Phrases split into tokens the way `analyze` does. */
export function phraseTokens(phrase: string): string[] {
  return (phrase.toLowerCase().match(TOKEN) ?? []).map((s) => s);
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  value: T | undefined;
}

/** Longest-match phrase trie over tokens. */
export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), value: undefined };
  maxLength = 0;

  add(phrase: string, value: T): void {
    const toks = phraseTokens(phrase);
    if (toks.length === 0) return;
    let node = this.root;
    for (const t of toks) {
      let n = node.next.get(t);
      if (n === undefined) {
        n = { next: new Map(), value: undefined };
        node.next.set(t, n);
      }
      node = n;
    }
    node.value ??= value;
    this.maxLength = Math.max(this.maxLength, toks.length);
  }

  /** Longest phrase starting at token i, kept within one sentence; null when none. */
  matchAt(a: Analyzed, i: number): { value: T; end: number } | null {
    let node: TrieNode<T> | undefined = this.root;
    let best: { value: T; end: number } | null = null;
    const first = a.tokens[i];
    if (first === undefined) return null;
    for (let j = i; j < a.tokens.length && node !== undefined; j += 1) {
      const t: Token | undefined = a.tokens[j];
      if (t === undefined || t.sentence !== first.sentence) break;
      if (j > i) {
        const prev = a.tokens[j - 1];
        // Tokens of one phrase are separated by at most a few spaces or punctuation marks.
        if (prev === undefined || t.start - prev.end > 3) break;
      }
      node = node.next.get(t.norm);
      if (node?.value !== undefined) best = { value: node.value, end: j + 1 };
    }
    return best;
  }

  /** Every non-overlapping longest match, left to right. */
  findAll(a: Analyzed): { value: T; start: number; end: number }[] {
    const out: { value: T; start: number; end: number }[] = [];
    for (let i = 0; i < a.tokens.length; ) {
      const m = this.matchAt(a, i);
      if (m === null) {
        i += 1;
        continue;
      }
      out.push({ value: m.value, start: i, end: m.end });
      i = m.end;
    }
    return out;
  }
}
