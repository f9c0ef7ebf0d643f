import { createServer, type Server } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2'
}

/// Serve a folder on a free port of the loopback interface, as `npm run web` would: the
/// built web edition, nothing else, never outside the folder. `isolated` serves it
/// cross-origin isolated, which gives the page's clock microseconds instead of tenths of
/// a millisecond (the benchmarks want that).
export async function serveFolder(root: string, options: { isolated?: boolean } = {}): Promise<{ url: string, close(): Promise<void> }> {
  const isolation = options.isolated ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } : {}
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    const file = normalize(join(root, path.endsWith('/') ? path + 'index.html' : path))
    if (!file.startsWith(normalize(root) + sep)) { res.writeHead(403).end(); return }
    try {
      const body = await readFile(file)
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...isolation }).end(body)
    } catch {
      res.writeHead(404).end('not found')
    }
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('the test server has no port')
  return {
    url: `http://localhost:${address.port}/`,
    close: () => new Promise(resolve => { server.closeAllConnections(); server.close(() => resolve()) })
  }
}
