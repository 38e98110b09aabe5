// Public surface of src/fdl: Final Determination Letters rendered as text, HTML and PDF, and their
// public (redacted) version with a checker for what redaction missed.
export {
  Address,
  DocumentReviewed,
  Employee,
  FinalLetter,
  FinalLetterItem,
  Party,
  Physician,
  Reviewer,
  validateLetter,
} from './model.ts';
export { formatCitation, formatDate } from './format.ts';
export { renderText } from './text.ts';
export { renderHtml, escapeHtml } from './html.ts';
export { renderPdf } from './pdf.ts';
export { FONT_DIR_ENV } from './fonts.ts';
export {
  redact,
  redactText,
  redactionTargets,
  compileTargets,
  checkRedaction,
  REDACTION_LABELS,
  type RedactionTarget,
  type Redactor,
  type RedactionReport,
  type Leak,
  type LeakKind,
  type PartyKind,
  type IdentifierKind,
  type GenericKind,
} from './redact.ts';
