import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const server = process.env.COLLEGIUM_DEV_SERVER ?? 'http://localhost:3000';
const sharedSource = fileURLToPath(new URL('../shared/src/', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    // @collegium/shared is consumed as TypeScript source, exactly what its "source" export condition
    // names. The condition itself is not switched on globally: react-aria's packages also publish a
    // "source" condition pointing at their unbuilt sources.
    alias: [{ find: /^@collegium\/shared\/(.+)$/, replacement: `${sharedSource}$1.ts` }],
  },
  server: {
    proxy: {
      '/api': { target: server, changeOrigin: true, ws: true },
      '/healthz': { target: server, changeOrigin: true },
      '/readyz': { target: server, changeOrigin: true },
      '/metrics': { target: server, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // one bundle for the whole app is ~170 kB gzipped; splitting is not worth a request waterfall yet
    chunkSizeWarningLimit: 800,
  },
});
