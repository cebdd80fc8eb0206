// Runtime configuration from the server (read at server start, so no rebuild is needed to change it).

export interface ClientConfig {
  /** The tldraw license key, or null when the server has none. */
  licenseKey: string | null
  /** Starting a session needs the server's access code (CREATE_TOKEN). */
  createTokenRequired: boolean
  /** Pages at this address may open the board's WebSocket (false: the server lacks PUBLIC_URL for it). */
  liveSync: boolean
  /** Who to contact about accessibility (ACCESSIBILITY_CONTACT), or null: the statement names the session's organiser. */
  accessibilityContact: string | null
}

let pending: Promise<ClientConfig> | undefined

/** Fetched once per page load; a failure yields the defaults rather than blocking the board. */
export function fetchConfig(): Promise<ClientConfig> {
  pending ??= fetch('/api/config', { cache: 'no-store' })
    .then(async (res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`)
      const body = (await res.json()) as { licenseKey?: unknown; createTokenRequired?: unknown; liveSync?: unknown; accessibilityContact?: unknown }
      const key = typeof body.licenseKey === 'string' && body.licenseKey.trim() ? body.licenseKey.trim() : null
      const contact = typeof body.accessibilityContact === 'string' && body.accessibilityContact.trim() ? body.accessibilityContact.trim() : null
      return { licenseKey: key, createTokenRequired: body.createTokenRequired === true, liveSync: body.liveSync !== false, accessibilityContact: contact }
    })
    .catch((error: unknown) => {
      console.warn('samenbord: could not load /api/config, continuing without a license key', error)
      pending = undefined
      // The home page still works: a needed access code is then asked for after a 401.
      return { licenseKey: null, createTokenRequired: false, liveSync: true, accessibilityContact: null }
    })
  return pending
}
