import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

// In development the API runs on its own port (tsx watch) and Vite proxies /graphql to it,
// for HTTP and for the graphql-ws websocket, so the browser sees a single origin as in production.
const apiOrigin = process.env.QUARTIERLAB_API_ORIGIN ?? 'http://127.0.0.1:3001';

export default defineConfig({
  plugins: [sveltekit()],
  server: {
    port: 3000,
    strictPort: true,
    proxy: {
      '/graphql': { target: apiOrigin, ws: true, changeOrigin: false },
    },
  },
});
