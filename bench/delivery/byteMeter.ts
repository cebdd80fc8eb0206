// What a page downloaded, from Chromium's own network log (CDP), not from response headers: every HTTP
// response's encodedDataLength (bytes on the wire: headers plus the body as sent, compressed or not; 0
// when served from the cache, a few hundred for a 304) and the payload of every WebSocket frame received.
import type { CDPSession } from 'playwright-core'

export type Kind = 'js' | 'css' | 'font' | 'document' | 'api' | 'other'

export interface Bytes {
  /** Every HTTP response that finished loading, bytes on the wire. */
  http: number
  /** WebSocket frames received (payload), only while counting (until the page is usable). */
  ws: number
  /** HTTP responses counted (cached ones included, at 0 bytes or a 304's headers). */
  requests: number
  byKind: Record<Kind, number>
}

const KIND: Record<string, Kind> = { Script: 'js', Stylesheet: 'css', Font: 'font', Document: 'document', Fetch: 'api', XHR: 'api' }

const emptyBytes = (): Bytes => ({ http: 0, ws: 0, requests: 0, byKind: { js: 0, css: 0, font: 0, document: 0, api: 0, other: 0 } })

export class ByteMeter {
  private bytes = emptyBytes()
  /** Requests sent, with their URL, until they finish or fail. */
  private readonly inFlight = new Map<string, string>()
  /** Responses whose headers came but whose body has not finished, with the bytes received so far. */
  private readonly answered = new Map<string, { kind: Kind; bytes: number }>()
  private lastActivity = Date.now()
  private countingWs = true

  private constructor(cdp: CDPSession) {
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!/^https?:/.test(e.request.url)) return
      this.inFlight.set(e.requestId, e.request.url)
      this.lastActivity = Date.now()
    })
    cdp.on('Network.responseReceived', (e) => {
      if (!this.inFlight.has(e.requestId)) return
      this.answered.set(e.requestId, { kind: KIND[e.type] ?? 'other', bytes: e.response.encodedDataLength })
      this.lastActivity = Date.now()
    })
    cdp.on('Network.dataReceived', (e) => {
      const answer = this.answered.get(e.requestId)
      if (!answer) return
      answer.bytes += e.encodedDataLength
      this.lastActivity = Date.now()
    })
    cdp.on('Network.loadingFinished', (e) => {
      if (!this.inFlight.delete(e.requestId)) return
      this.lastActivity = Date.now()
      const kind = this.answered.get(e.requestId)?.kind ?? 'other'
      this.answered.delete(e.requestId)
      this.add(kind, e.encodedDataLength)
    })
    cdp.on('Network.loadingFailed', (e) => {
      if (this.inFlight.delete(e.requestId)) this.lastActivity = Date.now()
      this.answered.delete(e.requestId)
    })
    cdp.on('Network.webSocketFrameReceived', (e) => {
      if (!this.countingWs) return
      // Text frames carry their text, binary ones (all of Yjs's) their bytes in base64.
      const { opcode, payloadData } = e.response
      this.bytes.ws += opcode === 2 ? Buffer.from(payloadData, 'base64').length : Buffer.byteLength(payloadData)
    })
  }

  private add(kind: Kind, bytes: number): void {
    this.bytes.http += bytes
    this.bytes.byKind[kind] += bytes
    this.bytes.requests++
  }

  /** Attaches to the page's target; call before the navigation to be counted. */
  static async attach(cdp: CDPSession): Promise<ByteMeter> {
    const meter = new ByteMeter(cdp)
    await cdp.send('Network.enable')
    return meter
  }

  /** Starts a new count (e.g. before a reload), WebSocket frames counted again. */
  reset(): void {
    this.bytes = emptyBytes()
    this.answered.clear()
    this.countingWs = true
  }

  /** The page is usable: later WebSocket frames (presence, edits) are the workshop, not the delivery. */
  stopCountingWs(): void {
    this.countingWs = false
  }

  /**
   * Waits until every HTTP request has been answered (a response whose body the page never reads never
   * "finishes" in Chromium's log) and nothing was sent or received for `quietMs`.
   */
  async quiet(quietMs = 1000, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    const unanswered = () => [...this.inFlight.keys()].filter((id) => !this.answered.has(id))
    while (unanswered().length > 0 || Date.now() - this.lastActivity < quietMs) {
      if (Date.now() > deadline)
        throw new Error(
          `network not quiet within ${timeoutMs} ms, unanswered: ${unanswered()
            .map((id) => this.inFlight.get(id))
            .join(', ')}`,
        )
      await new Promise((r) => setTimeout(r, 100))
    }
  }

  /** The count so far; responses still open count with the bytes they received (headers and data). */
  read(): Bytes {
    const total: Bytes = { ...this.bytes, byKind: { ...this.bytes.byKind } }
    for (const { kind, bytes } of this.answered.values()) {
      total.http += bytes
      total.byKind[kind] += bytes
      total.requests++
    }
    return total
  }
}
