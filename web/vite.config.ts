// Builds the single-page app into web/dist, which `openimr serve` serves at / (the API lives under /api/v1).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 600 },
  server: {
    // `npx vite -c web/vite.config.ts` during development: the API runs separately (openimr serve --port 8787).
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
});
