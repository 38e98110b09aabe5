// The TrueType font the PDF letters embed. The PDF standard-14 fonts are not embedded (and cannot
// print most non-Latin-1 names), so a real TTF is required: DejaVu Sans, from the system
// (Debian/Ubuntu package fonts-dejavu-core) or from the folder named by OPENIMR_FDL_FONT_DIR.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OpenImrError } from '../core/index.ts';

export const FONT_DIR_ENV = 'OPENIMR_FDL_FONT_DIR';
const REGULAR = 'DejaVuSans.ttf';
const BOLD = 'DejaVuSans-Bold.ttf';

/** Where distributions install DejaVu (Debian/Ubuntu, Fedora/Alpine, Arch, BSD). */
const SYSTEM_DIRS = [
  '/usr/share/fonts/truetype/dejavu',
  '/usr/share/fonts/dejavu',
  '/usr/share/fonts/dejavu-sans-fonts',
  '/usr/share/fonts/TTF',
  '/usr/local/share/fonts/dejavu',
];

export interface LetterFonts {
  readonly regular: Buffer;
  readonly bold: Buffer;
  readonly dir: string;
}

let cached: LetterFonts | undefined;

/** Finds and reads the fonts once; throws OpenImrError('not-found') saying what to install. */
export function letterFonts(env: NodeJS.ProcessEnv = process.env): LetterFonts {
  if (cached !== undefined && env === process.env) return cached;
  const configured = env[FONT_DIR_ENV];
  const dirs = configured !== undefined && configured.length > 0 ? [configured] : SYSTEM_DIRS;
  const dir = dirs.find((d) => existsSync(join(d, REGULAR)) && existsSync(join(d, BOLD)));
  if (dir === undefined) {
    throw new OpenImrError(
      'not-found',
      configured !== undefined && configured.length > 0
        ? `${FONT_DIR_ENV} does not hold ${REGULAR} and ${BOLD}`
        : `PDF letters need the DejaVu Sans TrueType fonts (${REGULAR}, ${BOLD}): install the fonts-dejavu-core package, or set ${FONT_DIR_ENV} to a folder holding them`,
      { field: 'font' },
    );
  }
  const fonts = { regular: readFileSync(join(dir, REGULAR)), bold: readFileSync(join(dir, BOLD)), dir };
  if (env === process.env) cached = fonts;
  return fonts;
}
