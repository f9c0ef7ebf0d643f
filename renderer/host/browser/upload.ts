/// Open and save where the File System Access API is missing: an `<input type=file>` to
/// read a file the user picks, a download to write one.

/// Let the user pick a file; null when the picker was closed without one.
export function uploadFile(accept: string): Promise<File | null> {
  return new Promise(resolve => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.className = 'ph-hidden-input'
    input.addEventListener('change', () => { resolve(input.files?.[0] ?? null); input.remove() }, { once: true })
    input.addEventListener('cancel', () => { resolve(null); input.remove() }, { once: true })
    document.body.appendChild(input)
    input.click()
  })
}

/// Hand the browser a file to save in its downloads.
export function downloadFile(name: string, mimeType: string, content: string | Uint8Array): void {
  const blob = new Blob([content as BlobPart], { type: mimeType })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.className = 'ph-hidden-input'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
