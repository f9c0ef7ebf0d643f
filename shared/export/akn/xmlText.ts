/// Text and attribute values escaped for XML (XML 1.0 §2.4, §3.3.3).
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, c => c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;')
}
