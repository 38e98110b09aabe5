// PDF -> plain text, in-process, with unpdf's bundled pdf.js.
// Every failure becomes an OpenImrError with a stable code; nothing here logs document text.
import { getResolvedPDFJS } from 'unpdf';
import { OpenImrError, type Outcome, toOpenImrError } from '../core/index.ts';
import { layoutPage, type PlacedText } from './layout.ts';
import { checkDecodedSize } from './streams.ts';

export interface ExtractOptions {
  /** Refuse larger inputs (default 50 MB). */
  readonly maxBytes?: number;
  /** Refuse documents with more pages (default 1,000). */
  readonly maxPages?: number;
  /** Give up after this long (default 30 s). */
  readonly timeoutMs?: number;
  /** Refuse PDFs whose non-image streams decode to more (default 16 MiB; see streams.ts). */
  readonly maxDecodedBytes?: number;
}

export interface ExtractedText {
  /** Pages separated by "\f"; lines by "\n"; table cells by "\t"; paragraphs by an empty line. */
  readonly text: string;
  readonly pages: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_PAGES = 1000;
export const DEFAULT_TIMEOUT_MS = 30_000;

type PdfJs = Awaited<ReturnType<typeof getResolvedPDFJS>>;
type LoadingTask = ReturnType<PdfJs['getDocument']>;
type PdfDocument = Awaited<LoadingTask['promise']>;

/** Extracts the text layer of a PDF. Rejects with an OpenImrError, never hangs past timeoutMs. */
export async function extractPdfText(bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractedText> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  if (bytes.byteLength > maxBytes) {
    throw new OpenImrError('file-too-large', `PDF is ${bytes.byteLength} bytes; the limit is ${maxBytes}`);
  }
  if (!looksLikePdf(bytes)) {
    throw new OpenImrError('pdf-malformed', 'not a PDF: no %PDF- header in the first 1024 bytes');
  }
  // pdf.js cannot be stopped mid-stream: compression bombs and giant pages are refused before it starts.
  checkDecodedSize(bytes, options.maxDecodedBytes);

  const pdfjs = await getResolvedPDFJS();
  // pdf.js may transfer (detach) the buffer it is given: hand it a copy so the caller's bytes stay usable.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(timedOut(timeoutMs));
    }, timeoutMs);
  });
  try {
    return await Promise.race([readDocument(task, maxPages, timeoutMs), timeout]);
  } catch (err) {
    throw classifyPdfError(err);
  } finally {
    clearTimeout(timer);
    // Destroys the document too when it was loaded; safe to call twice.
    await task.destroy().catch(() => undefined);
  }
}

/** Extracts several PDFs one after another, with a result per file: one bad file never stops the rest. */
export async function extractPdfTexts(
  files: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  options: ExtractOptions = {},
): Promise<Outcome<ExtractedText>[]> {
  const results: Outcome<ExtractedText>[] = [];
  for await (const bytes of files) {
    try {
      results.push({ ok: true, value: await extractPdfText(bytes, options) });
    } catch (err) {
      results.push({ ok: false, error: toOpenImrError(err) });
    }
  }
  return results;
}

// pdf.js runs in this thread and mostly on microtasks, so a timer alone cannot interrupt it: the page
// loop yields to the event loop and checks the deadline itself. One pathological page can still run
// past it; callers that need a hard limit run extraction in a worker thread they can terminate.
async function readDocument(task: LoadingTask, maxPages: number, timeoutMs: number): Promise<ExtractedText> {
  const deadline = performance.now() + timeoutMs;
  const doc: PdfDocument = await task.promise;
  const pages = doc.numPages;
  if (pages > maxPages) {
    throw new OpenImrError('pdf-too-many-pages', `PDF has ${pages} pages; the limit is ${maxPages}`);
  }
  const texts: string[] = [];
  let visible = 0;
  for (let n = 1; n <= pages; n++) {
    await yieldToEventLoop();
    if (performance.now() > deadline) throw timedOut(timeoutMs);
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const placed: PlacedText[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const run = toPlaced(item.str, item.transform, item.width, item.hasEOL);
      placed.push(run);
      if (run.str.trim().length > 0) visible++;
    }
    texts.push(layoutPage(placed));
    page.cleanup();
  }
  if (visible === 0) {
    throw new OpenImrError('pdf-no-text', `PDF has ${pages} page(s) but no text layer (scanned image?)`);
  }
  return { text: texts.join('\f'), pages };
}

function timedOut(timeoutMs: number): OpenImrError {
  return new OpenImrError('pdf-timeout', `PDF text extraction took longer than ${Math.round(timeoutMs)} ms`);
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function toPlaced(str: string, transform: readonly unknown[], width: number, hasEOL: boolean): PlacedText {
  const [a, b, c, d, e, f] = transform.map((v) => (typeof v === 'number' ? v : 0));
  const scaleX = Math.hypot(a ?? 0, b ?? 0);
  const scaleY = Math.hypot(c ?? 0, d ?? 0);
  const rotated = Math.abs(b ?? 0) > 1e-3 * scaleX || Math.abs(c ?? 0) > 1e-3 * scaleY || (a ?? 0) < 0;
  return { str, x: e ?? 0, y: f ?? 0, width, fontSize: scaleY, hasEOL, rotated };
}

function looksLikePdf(bytes: Uint8Array): boolean {
  // The spec puts %PDF- first; readers accept it anywhere in the first 1024 bytes.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  return head.includes('%PDF-');
}

/** pdf.js exceptions by name (they cross a message port, so instanceof is unreliable). */
function classifyPdfError(err: unknown): OpenImrError {
  if (err instanceof OpenImrError) return err;
  const name = typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException') {
    return new OpenImrError('pdf-encrypted', 'PDF is encrypted with a user password', { cause: err });
  }
  return new OpenImrError('pdf-malformed', `PDF could not be read: ${message}`, { cause: err });
}
