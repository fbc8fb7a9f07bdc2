import tailwindcss from '@tailwindcss/vite'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { precompressed } from './scripts/precompressed'

/** A Content Security Policy without inline script, for the built app (the dev server injects inline scripts). */
function contentSecurityPolicy(): Plugin {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
  return {
    name: 'xianbao-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`),
  }
}

/** Where static files and the corpus come from: public/, or another folder (the update test builds two versions). */
const publicDir = process.env.XIANBAO_PUBLIC_DIR ?? 'public'

/** The sizes of the corpus's files (their .br and .gz copies aside). */
function corpusSizes(): number[] {
  const sizes: number[] = []
  const walk = (dir: string) => {
    for (const f of readdirSync(dir, { withFileTypes: true })) {
      if (f.isDirectory()) walk(join(dir, f.name))
      else if (!/\.(br|gz)$/.test(f.name)) sizes.push(statSync(join(dir, f.name)).size)
    }
  }
  try {
    walk(join(publicDir, 'corpus'))
  } catch {
    // no corpus built yet
  }
  return sizes
}

const sizes = corpusSizes()
/**
 * A corpus under this size is precached whole: after one visit every view works offline. A larger one (an
 * archive of many years) is not: the app and the small indexes are precached, and what the reader opens is cached
 * as it is fetched (its files are named by version and content, so a cached copy is always the right one).
 */
const PRECACHE_WHOLE_BYTES = Number(process.env.XIANBAO_PRECACHE_WHOLE_MB ?? 50) * 2 ** 20
const precacheWhole = sizes.reduce((n, s) => n + s, 0) < PRECACHE_WHOLE_BYTES
/** The cache of the corpus files read or saved when the corpus is not precached whole. */
const CORPUS_CACHE = 'xianbao-corpus-read'

/**
 * The precache limit: the largest corpus file, with room to grow, and never under Workbox's 2 MiB default.
 * Corpus files are sharded to stay far below it (src/corpus/output.ts, src/shared/search/index-files.ts).
 */
const precacheLimit = Math.max(2 * 2 ** 20, Math.ceil((Math.max(0, ...sizes) * 1.5) / 2 ** 20) * 2 ** 20)

const APP_SHELL = ['*.{js,css,html,svg,png,webmanifest,txt}', 'assets/**/*.{js,css,svg,png,woff2}', 'icons/**/*.{png,svg}']

export default defineConfig({
  plugins: [
    // the router plugin must come before react()
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
    precompressed(),
    VitePWA({
      // the reader agrees to an update (prompt), so the app and corpus of one version are never mixed
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/icon.svg', 'robots.txt'],
      manifest: {
        name: '县报 · 县级党报阅读器',
        short_name: '县报',
        description: '县级党报的结构化阅读器：按报纸和日期浏览、阅读、检索，离线可用。',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#991b1b',
        background_color: '#fafaf9',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: precacheWhole
          ? [...APP_SHELL, 'corpus/**/*.{json,bin}']
          : [...APP_SHELL, 'corpus/manifest.json', 'corpus/reader.json', 'corpus/views/*/home.json', 'corpus/views/*/*/index.json', 'corpus/search/*/terms.json'],
        globIgnores: ['corpus/corpus-report.json'],
        maximumFileSizeToCacheInBytes: precacheLimit,
        // what the reader opens is kept, and what /about saves goes to the same cache (src/lib/archive-saver.ts): no
        // entry limit, since a saved archive is every file; paths name their build, so a kept copy is never stale
        // the printed pages' images (print/<content hash>.webp) are kept as they are viewed, in either case, in the cache
        // that saving the whole archive fills (src/features/archive/archive-saver.ts)
        runtimeCaching: [
          ...(precacheWhole ? [] : [{ urlPattern: /\/corpus\/(views|search)\//, handler: 'CacheFirst' as const, options: { cacheName: CORPUS_CACHE } }]),
          { urlPattern: /\/corpus\/print\//, handler: 'CacheFirst' as const, options: { cacheName: CORPUS_CACHE } },
        ],
        navigateFallback: '/index.html',
        // the first visit's worker takes control at once, so the page works offline after one visit
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  publicDir,
  // whether the app's install saves the whole corpus (the /about page offers to save it when not)
  define: { 'import.meta.env.VITE_CORPUS_PRECACHED': JSON.stringify(precacheWhole ? '1' : '0'), 'import.meta.env.VITE_CORPUS_CACHE': JSON.stringify(CORPUS_CACHE) },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022' },
  // module workers keep their dynamic imports lazy (the traditional→simplified table, pinyin)
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
})
