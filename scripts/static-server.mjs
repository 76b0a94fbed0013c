// A plain static file server for dist/, mounted under the deck's base path, the way a static host
// serves it: no SPA fallback (the deck uses the hash router, so it needs none); unknown paths get
// dist/404.html with status 404, like GitHub Pages; `/` redirects to the base.
// `compress: 'gzip' | 'br'` compresses text responses the way a real host does (the bench's Lighthouse
// runs, issue 14): a precompressed sibling (`file.br` / `file.gz`, see scripts/precompress.mjs) is sent
// when there is one, else the file is compressed once and kept in memory.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
}

/** Types a host compresses (fonts and images are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '.map', '.ico'])

/**
 * The encoding to answer with: `mode` ('gzip' | 'br' | 'auto' = br when accepted, else gzip), if the
 * request's Accept-Encoding allows it; else null.
 */
export function pickEncoding(mode, acceptEncoding = '') {
  if (!mode)
    return null
  const accepted = new Set(String(acceptEncoding).split(',').map(s => s.trim().split(';')[0]).filter(Boolean))
  const wanted = mode === 'auto' ? ['br', 'gzip'] : [mode]
  return wanted.find(e => accepted.has(e) || accepted.has('*')) ?? null
}

/** The base path a build was made for, read from the asset URLs in its index.html. */
export function detectBase(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const m = html.match(/(?:src|href)="([^"]*?)assets\//)
  return m ? m[1] : '/'
}

/** A path with its %-escapes decoded, or null when they are malformed. */
function decodePath(path) {
  try {
    return decodeURIComponent(path)
  }
  catch {
    return null
  }
}

export function startStaticServer({ dir = 'dist', base, port = 0, host = '127.0.0.1', onRequest, compress = null } = {}) {
  const root = resolve(dir)
  const compressed = new Map()
  const encoded = (file, encoding) => {
    const pre = `${file}.${encoding === 'br' ? 'br' : 'gz'}`
    if (existsSync(pre))
      return readFileSync(pre)
    const key = `${encoding}:${file}`
    if (!compressed.has(key)) {
      const raw = readFileSync(file)
      compressed.set(key, encoding === 'br'
        ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(raw, { level: 9 }))
    }
    return compressed.get(key)
  }
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${dir}/index.html not found: run \`npm run build\` first`)
  // Compare decoded paths: a browser asks for /a%20b/… when the page says /a b/… (a base with a space
  // or any non-ASCII character), and the base may have been written either way.
  const mount = decodePath(base ?? detectBase(root)) ?? '/'
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x')
    onRequest?.(req)
    const path = decodePath(url.pathname)
    if (path === null) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
      return res.end(`malformed URL: ${req.url}`)
    }
    if (path === '/' && mount !== '/') {
      res.writeHead(302, { location: encodeURI(mount) })
      return res.end()
    }
    if (!path.startsWith(mount))
      return notFound(res)
    let rel = path.slice(mount.length)
    if (rel === '' || rel.endsWith('/'))
      rel += 'index.html'
    const file = normalize(join(root, rel))
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile())
      return notFound(res)
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    }
    const encoding = COMPRESSIBLE.has(extname(file)) ? pickEncoding(compress, req.headers['accept-encoding']) : null
    if (encoding) {
      const body = encoded(file, encoding)
      res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': body.length, 'vary': 'Accept-Encoding' })
      return res.end(req.method === 'HEAD' ? undefined : body)
    }
    res.writeHead(200, headers)
    createReadStream(file).pipe(res)
  })
  function notFound(res) {
    const page = join(root, '404.html')
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
    if (existsSync(page))
      return createReadStream(page).pipe(res)
    res.end('not found')
  }
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address()
      resolvePromise({
        url: `http://${host}:${actual}${encodeURI(mount)}`,
        origin: `http://${host}:${actual}`,
        base: mount,
        port: actual,
        close: () => new Promise(r => server.close(() => r())),
        server,
      })
    })
  })
}
