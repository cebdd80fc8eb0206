/** Copies text; falls back to execCommand where the Clipboard API is missing (plain http on a LAN). */
export async function copyText(text: string, fallbackInput?: HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // fall through to the old way
  }
  try {
    const input = fallbackInput ?? document.createElement('input')
    const temporary = !fallbackInput
    if (temporary) {
      input.value = text
      input.style.position = 'fixed'
      input.style.opacity = '0'
      document.body.appendChild(input)
    }
    input.focus()
    input.select()
    const ok = document.execCommand('copy')
    if (temporary) input.remove()
    return ok
  } catch {
    return false
  }
}
