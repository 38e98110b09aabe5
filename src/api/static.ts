// The built web app (vite's dist folder) at /: files by path, and index.html for any other GET that is not
// an API route (the single-page app routes in the browser). Paths cannot leave the folder.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

export function hasWebApp(root: string | null): root is string {
  return root !== null && existsSync(join(root, 'index.html'));
}

/** The response for a GET of `path` under root, or null when nothing fits (no index.html). */
export async function serveWeb(root: string, path: string): Promise<Response | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  const rel = normalize(decoded).replace(/^([/\\])+/, '');
  const file = join(root, rel);
  const inside = file === root || file.startsWith(root.endsWith(sep) ? root : root + sep);
  if (inside && rel !== '' && !rel.split(/[/\\]/).some((p) => p.startsWith('.'))) {
    try {
      if (statSync(file).isFile()) {
        const immutable = rel.startsWith('assets' + sep) || rel.startsWith('assets/');
        return new Response(await readFile(file), {
          headers: {
            'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
            'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
          },
        });
      }
    } catch {
      // Not a file: fall through to the app's index.
    }
  }
  try {
    return new Response(await readFile(join(root, 'index.html')), { headers: { 'content-type': TYPES['.html'] ?? 'text/html', 'cache-control': 'no-cache' } });
  } catch {
    return null;
  }
}
