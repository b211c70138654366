import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The public web directory. Built into web/dist, which the API server serves at / with an SPA
 * fallback. In development (`vite --config web/vite.config.ts`) /api is proxied to a local
 * `naerpoliti serve --port 8123`.
 */
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Source maps only when asked (WEB_SOURCEMAP=1 npm run build:web): served under /assets they
    // would publish the sources to every visitor; scripts/bundle-size.mjs does not read them.
    sourcemap: process.env.WEB_SOURCEMAP === '1',
    // Keep fonts as files (cacheable, fetched only for the subsets a page uses) rather than inlined.
    assetsInlineLimit: 0,
    rolldownOptions: {
      treeshake: {
        // @digdir/designsystemet-react declares no "sideEffects", so without this every component
        // (Combobox with floating-ui and a virtualiser, Tabs, …) ships whether used or not. Its
        // modules only define components; the custom elements they need come from
        // @digdir/designsystemet-web, which keeps its side effects.
        moduleSideEffects: (id: string) => !id.includes('/@digdir/designsystemet-react/'),
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8123', '/health': 'http://127.0.0.1:8123' },
  },
});
