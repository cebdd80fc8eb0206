// Low-level clients for hostile-input tests: a raw WebSocket that sends one frame and reports how the
// server reacted, and a raw HTTP request over TCP (so bytes fetch() refuses, like NUL, still go out).
import net from 'node:net'
import { WebSocket } from 'ws'

export type FrameOutcome = { closed: true; code: number } | { closed: false } | { refused: number }

/**
 * Sync step 1 with an empty state vector: the server always answers it with a sync step 2, so that
 * answer means every earlier frame was handled. (Not query-awareness: the server also sends awareness
 * unasked, on connect, which would be mistaken for the answer.)
 */
const PROBE = Uint8Array.of(0, 0, 1, 0)
const isSyncStep2 = (data: Buffer) => data[0] === 0 && data[1] === 1

/**
 * Opens /sync/<token>, sends `frame` (binary, or text when a string), then a probe.
 * Resolves with the close code when the server closed the connection, or { closed: false } when it
 * answered the probe (the frame was acceptable); refused when the upgrade was answered with a status.
 */
export function sendOneFrame(wsUrl: string, token: string, frame: Uint8Array | string, timeoutMs = 5_000): Promise<FrameOutcome> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${wsUrl}/sync/${token}`)
    let answered = false
    const timer = setTimeout(() => {
      ws.terminate()
      reject(new Error('server neither answered nor closed in time'))
    }, timeoutMs)
    const done = (outcome: FrameOutcome) => {
      clearTimeout(timer)
      resolve(outcome)
    }
    ws.on('unexpected-response', (_req, res) => {
      done({ refused: res.statusCode ?? 0 })
      ws.terminate()
    })
    ws.on('open', () => {
      ws.send(frame)
      ws.send(PROBE)
    })
    ws.on('message', (data: Buffer) => {
      // A sync step 2 answers the probe (or a valid step 1 the fuzzer sent: then the frame was fine too).
      if (answered || !isSyncStep2(data)) return
      answered = true
      ws.close()
      done({ closed: false })
    })
    ws.on('close', (code) => {
      if (!answered) done({ closed: true, code })
    })
    ws.on('error', () => undefined)
  })
}

/**
 * Sends one raw HTTP/1.1 request; resolves with the status code (0 when the server dropped the socket
 * without an answer) and the whole response text.
 */
export function rawHttp(port: number, requestLine: string, headers: string[] = [], body = ''): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    let response = ''
    socket.setTimeout(5_000, () => socket.destroy())
    socket.on('connect', () => {
      const connection = headers.some((h) => /^connection:/i.test(h)) ? [] : ['Connection: close']
      const head = [requestLine, 'Host: 127.0.0.1', ...connection, ...headers, `Content-Length: ${Buffer.byteLength(body)}`]
      socket.write(`${head.join('\r\n')}\r\n\r\n${body}`)
    })
    socket.on('data', (chunk: Buffer) => {
      response += chunk.toString('latin1')
      // An upgrade refusal or answer is all we need; don't wait for a socket the server keeps open.
      if (/\r\n\r\n/.test(response) && /^HTTP\/1\.1 101/.test(response)) socket.destroy()
    })
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0), text: response }))
    socket.on('error', () => undefined)
  })
}

export interface RawSocket {
  ws: WebSocket
  send(frame: Uint8Array): void
  /** Resolves once the server answered a probe sent now: every frame sent before it was handled. */
  handled(timeoutMs?: number): Promise<void>
  close(): void
}

/** A raw /sync/<token> connection that stays open: frames go out as given, nothing is answered. */
export function openRawSocket(wsUrl: string, token: string): Promise<RawSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${wsUrl}/sync/${token}`)
    const waiting: Array<() => void> = []
    ws.on('message', (data: Buffer) => {
      if (isSyncStep2(data)) waiting.shift()?.()
    })
    ws.on('error', reject)
    ws.on('open', () =>
      resolve({
        ws,
        send: (frame) => ws.send(frame),
        handled: (timeoutMs = 10_000) =>
          new Promise<void>((done, fail) => {
            const timer = setTimeout(() => fail(new Error('probe not answered in time')), timeoutMs)
            waiting.push(() => {
              clearTimeout(timer)
              done()
            })
            ws.send(PROBE)
          }),
        close: () => ws.close(),
      }),
    )
  })
}

/** Opens a raw WebSocket with these headers: 'open', or the HTTP status the upgrade was refused with. */
export function upgradeOutcome(url: string, headers: Record<string, string> = {}): Promise<number | 'open'> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers })
    ws.once('open', () => {
      ws.close()
      resolve('open')
    })
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0)
      ws.terminate()
    })
    ws.once('error', (error) => reject(error))
  })
}

/** The same as a status code: 101 when the upgrade went through. */
export async function upgradeCode(url: string): Promise<number> {
  const outcome = await upgradeOutcome(url)
  return outcome === 'open' ? 101 : outcome
}
