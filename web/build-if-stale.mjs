// `npm start` runs this first: it builds the web app only when web/dist is missing or older than its sources,
// so a fresh clone gets a working UI and later starts stay fast.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = fileURLToPath(new URL('.', import.meta.url));

function newest(path) {
  const s = statSync(path, { throwIfNoEntry: false });
  if (s === undefined) return 0;
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), s.mtimeMs);
}

const built = statSync(join(web, 'dist', 'index.html'), { throwIfNoEntry: false });
const sources = Math.max(newest(join(web, 'src')), newest(join(web, 'index.html')), newest(join(web, 'vite.config.ts')));
if (built !== undefined && built.mtimeMs >= sources) process.exit(0);

console.log('Building the web app (web/dist)...');
const vite = spawnSync(process.execPath, [join(web, '..', 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '-c', join(web, 'vite.config.ts'), '--logLevel', 'warn'], {
  stdio: 'inherit',
});
process.exit(vite.status ?? 1);
