// Public surface of src/letters: the Final Determination Letter parser and the names of the layouts it knows.
export { parseLetter, MAX_LETTER_CHARS } from './parse.ts';
export { LETTER_LAYOUTS, LETTER_LAYOUT_NAMES, type LetterLayoutName } from './layouts.ts';
