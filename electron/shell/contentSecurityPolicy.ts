/// The headers of every response of the app protocol. The policy allows the app's own
/// scripts and style sheets and nothing else: no inline script or style, no `eval`, no
/// plugin, no frame, no form posting anywhere, no connection outside the app; workers
/// only from the app itself (the import worker). A script injected through a pasted
/// document could neither run nor send the draft away.
///
/// The policy is one literal string, assigned to the header by name, so that the security
/// scan (electronegativity's CSP check) reads and evaluates exactly what Electron serves.
export function appResponseHeaders(contentType: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer'
  }
  headers['Content-Security-Policy'] = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'"
  return headers
}
