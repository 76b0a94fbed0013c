// A plain static file server for dist/, mounted under the deck's base path, the way a static host
// serves it: no SPA fallback (the deck uses the hash router, so it needs none); unknown paths get
// dist/404.html with status 404, like GitHub Pages; `/` redirects to the base.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'

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

export function startStaticServer({ dir = 'dist', base, port = 0, host = '127.0.0.1', onRequest } = {}) {
  const root = resolve(dir)
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
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    })
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
