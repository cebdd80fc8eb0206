// Waiting for a condition the harness can only ask about (a page, a child process): ask, wait, ask again.

/** Calls `read` every `stepMs` until it gives a value; throws "<what> not reached within …" after `timeoutMs`. */
export async function poll<T>(read: () => Promise<T | undefined>, opts: { what: string; timeoutMs: number; stepMs: number }): Promise<T> {
  const deadline = Date.now() + opts.timeoutMs
  for (;;) {
    const value = await read()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`${opts.what} not reached within ${opts.timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, opts.stepMs))
  }
}
