/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// `npm run dev` and `vite preview` forward the API to a local service (VIELFALT_API_URL,
// default http://127.0.0.1:8080), so the app runs on the same origin as it will in production.
const api = process.env.VIELFALT_API_URL ?? 'http://127.0.0.1:8080'
const proxy = {
  '/graphql/ws': { target: api.replace(/^http/, 'ws'), ws: true, changeOrigin: true },
  '/graphql': { target: api, changeOrigin: true },
  '/healthz': { target: api, changeOrigin: true },
  '/api': { target: api, changeOrigin: true },
}

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', proxy },
  preview: { host: '127.0.0.1', proxy },
  build: { sourcemap: false, chunkSizeWarningLimit: 900 },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    env: { TZ: 'America/New_York' },
    // A cold first render on a loaded CI machine can exceed the default 5 s.
    testTimeout: 30000,
  },
})
