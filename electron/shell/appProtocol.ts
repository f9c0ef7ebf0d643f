import { readFile, realpath } from 'node:fs/promises'
import { extname, join, sep } from 'node:path'
import { appHost, appScheme } from './appOrigin'
import { appResponseHeaders } from './contentSecurityPolicy'

/// The kinds of file the built renderer consists of. Anything else in the folder (a stray
/// `.DS_Store`, a source file) is not served: a type the table does not know is a file
/// the app never asks for.
const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8'
}

/// The file under `root` that an app URL names, or null when the URL is not one the app
/// serves: another scheme or host, a path that climbs out of the folder (`..`, encoded as
/// `%2e%2e` or with backslashes), a NUL byte, a file type the app does not have. The path
/// is decided from the URL alone; `serveAppFile` also checks where symbolic links lead.
export function resolveAppFile(root: string, url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return null
  let segments: string[]
  try {
    segments = parsed.pathname.split('/').filter(s => s !== '').map(decodeURIComponent)
  } catch {
    return null
  }
  if (!segments.length) segments = ['index.html']
  if (segments.some(s => s === '.' || s === '..' || /[\\/\0:]/.test(s))) return null
  const file = join(root, ...segments)
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return null
  return Object.hasOwn(contentTypes, extname(file).toLowerCase()) ? file : null
}

/// The content type the app protocol serves a resolved file with.
export function appContentType(file: string): string {
  return contentTypes[extname(file).toLowerCase()]
}

function refusal(status: number, text: string): Response {
  return new Response(text, { status, headers: appResponseHeaders('text/plain; charset=utf-8') })
}

/// Answer a request of the app protocol from the built renderer in `root`. Only GET and
/// HEAD are answered; a file whose real path (after symbolic links) is outside `root` is
/// refused as if it did not exist.
export async function serveAppFile(root: string, request: { readonly url: string, readonly method: string }): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method not allowed')
  const file = resolveAppFile(root, request.url)
  if (!file) return refusal(404, 'Not found')
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)])
    if (!realFile.startsWith(realRoot + sep)) return refusal(404, 'Not found')
    const body = await readFile(realFile)
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: appResponseHeaders(appContentType(file)) })
  } catch {
    return refusal(404, 'Not found')
  }
}
