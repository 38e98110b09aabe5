// The user's search words, read once and never trusted: nothing they type reaches a full-text engine
// as query syntax. Text inside a pair of double quotes is a phrase; everything else is loose words
// that must all match (AND). There is no OR, NOT, prefix or column syntax: both backends get the same
// meaning, and each builds its query from this value with its own safe constructor.

/** Longest accepted query text; longer input is a caller error, not something to truncate silently. */
export const MAX_QUERY_CHARS = 2000;
/** At most this many words (loose words plus phrase words) are searched; the rest are ignored. */
export const MAX_QUERY_WORDS = 32;

export interface TextQuery {
  /**
   * The non-phrase text as typed, punctuation kept, for PostgreSQL's plainto_tsquery: its parser then cuts
   * "10/325mg" the same way it cut the document. Only ever passed as a bound parameter.
   */
  loose: string;
  /** Loose words split the way SQLite's unicode61 tokenizer splits them (letters, digits, marks). */
  looseWords: string[];
  /** Each quoted phrase, split into words the same way. */
  phrases: string[][];
  /** Each quoted phrase as typed. */
  phraseTexts: string[];
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * PostgreSQL's 'english' stop words (share/tsearch_data/english.stop, 127 words). PostgreSQL drops them
 * from queries and documents; FTS5 has no stop words, so the SQLite query drops them from loose words too,
 * and "pain in the back" requires the same words on both backends.
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'i', 'me', 'my', 'myself', 'we', 'our', 'ours', 'ourselves', 'you', 'your', 'yours', 'yourself', 'yourselves', 'he',
  'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'it', 'its', 'itself', 'they', 'them', 'their', 'theirs',
  'themselves', 'what', 'which', 'who', 'whom', 'this', 'that', 'these', 'those', 'am', 'is', 'are', 'was', 'were',
  'be', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does', 'did', 'doing', 'a', 'an', 'the', 'and', 'but',
  'if', 'or', 'because', 'as', 'until', 'while', 'of', 'at', 'by', 'for', 'with', 'about', 'against', 'between',
  'into', 'through', 'during', 'before', 'after', 'above', 'below', 'to', 'from', 'up', 'down', 'in', 'out', 'on',
  'off', 'over', 'under', 'again', 'further', 'then', 'once', 'here', 'there', 'when', 'where', 'why', 'how', 'all',
  'any', 'both', 'each', 'few', 'more', 'most', 'other', 'some', 'such', 'no', 'nor', 'not', 'only', 'own', 'same',
  'so', 'than', 'too', 'very', 's', 't', 'can', 'will', 'just', 'don', 'should', 'now',
]);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Reads query text. Returns null when the text has no words at all (empty, blanks or only punctuation):
 * the caller decides what that means (an empty text lists; punctuation alone finds nothing).
 */
export function readQueryText(text: string): TextQuery | null {
  const phrases: string[][] = [];
  const phraseTexts: string[] = [];
  const loose: string[] = [];
  const looseRaw: string[] = [];
  let budget = MAX_QUERY_WORDS;
  // Split on double quotes: odd segments are inside a pair of quotes. An unpaired last quote is loose text.
  const parts = text.split('"');
  const paired = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  parts.forEach((part, i) => {
    const inPhrase = i % 2 === 1 && i < paired;
    const words = wordsOf(part).slice(0, Math.max(0, budget));
    if (words.length === 0) return;
    budget -= words.length;
    if (inPhrase && words.length > 1) {
      phrases.push(words);
      phraseTexts.push(part.trim());
    } else {
      loose.push(...words.filter((w) => !isStopWord(w)));
      looseRaw.push(part.trim());
    }
  });
  if (loose.length === 0 && phrases.length === 0) return null;
  return { loose: looseRaw.join(' '), looseWords: loose, phrases, phraseTexts };
}

/**
 * The FTS5 MATCH string: every word and phrase as an FTS5 string ("..."), implicitly ANDed.
 * Words contain only letters, digits and marks, so they cannot contain a quote; doubling quotes anyway
 * keeps this safe if WORD ever changes.
 */
export function toFts5Query(q: TextQuery): string {
  const quote = (s: string): string => `"${s.replaceAll('"', '""')}"`;
  return [...q.looseWords.map(quote), ...q.phrases.map((p) => quote(p.join(' ')))].join(' ');
}
