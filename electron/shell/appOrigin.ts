/// The scheme the app's own pages are served from. A page loaded from `file://` would get
/// that protocol's extra powers (reading any file the user can, sharing an origin with
/// every other local file); a custom scheme registered as standard and secure gets the
/// web's same-origin rules instead, and gives IPC handlers one origin to trust.
export const appScheme = 'penholder'

/// The one host under the scheme: every page and asset of the app is at `penholder://app/`.
export const appHost = 'app'

/// The page each window loads.
export const appEntryUrl = `${appScheme}://${appHost}/index.html`

/// Whether `url` belongs to the app itself. Compared by scheme and host rather than by
/// `URL.origin`, which is `"null"` for a scheme Node does not know as special.
export function isAppUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return parsed.protocol === `${appScheme}:` && parsed.host === appHost && parsed.username === '' && parsed.password === ''
}
