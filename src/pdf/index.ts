// Public surface of src/pdf: PDF bytes in, plain text out (see extract.ts for the text conventions).
export {
  extractPdfText,
  extractPdfTexts,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_PAGES,
  DEFAULT_TIMEOUT_MS,
  type ExtractOptions,
  type ExtractedText,
} from './extract.ts';
export { DEFAULT_MAX_DECODED_BYTES } from './streams.ts';
