import { describe, expect, it } from 'vitest'
import { appResponseHeaders } from '../../../../electron/shell/contentSecurityPolicy'

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map(d => d.trim().split(/\s+/)).filter(d => d[0]).map(([name, ...values]) => [name, values]))
}

describe('appResponseHeaders', () => {
  const headers = appResponseHeaders('text/html; charset=utf-8')
  const policy = directives(headers['Content-Security-Policy'])

  it('serves the content type given, never sniffed', () => {
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8')
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
  })

  it('allows neither inline code nor eval anywhere', () => {
    expect(headers['Content-Security-Policy']).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*/)
  })

  it.each([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]]
  ])('%s is %j', (name, values) => {
    expect(policy.get(name)).toEqual(values)
  })
})
