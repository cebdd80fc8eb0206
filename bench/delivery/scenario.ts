// Scenario 9, delivery (ours only: the peers have no web client). Debian's Chromium opens our pages the
// way a workshop's people do, on a board with two templates and 60 notes, and Chromium's own network log
// (CDP) counts what came down the wire: a laptop's first and repeat visit to the board, a phone's first
// visit, the home page. Then the time until the page is usable on a slow phone (1.6 Mbit/s, 150 ms, CPU
// slowed 4×) and on a laptop on the venue's Wi-Fi (10 Mbit/s, 20 ms), each in a fresh browser (cold cache).
import type { Browser, BrowserContextOptions } from 'playwright-core'
import { launchBrowser } from '../../e2e/browser.ts'
import { SERVERS, type BenchServer } from '../servers/index.ts'
import { makeBoard } from './board.ts'
import { ByteMeter, type Bytes } from './byteMeter.ts'
import { boardUsable, homeUsable, phoneQuestionShown, phoneUsable, recordedAt, usableAt, watchUsable } from './usable.ts'

export interface Throttle {
  downKbit: number
  upKbit: number
  rttMs: number
  /** CPU slowdown factor (1: none). */
  cpu: number
}

export const SLOW_PHONE: Throttle = { downKbit: 1600, upKbit: 750, rttMs: 150, cpu: 4 }
export const VENUE_WIFI: Throttle = { downKbit: 10_000, upKbit: 10_000, rttMs: 20, cpu: 1 }
const LAPTOP: BrowserContextOptions = { viewport: { width: 1366, height: 768 }, locale: 'nl-NL' }
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, locale: 'nl-NL' }

export interface DeliveryResult {
  chromium: string
  shapes: number
  laptopFirst: Bytes
  laptopRepeat: Bytes
  phoneFirst: Bytes
  home: Bytes
  /** Per run, ms from navigation start. */
  phoneUsableMs: number[]
  /** Per run: when the phone page showed the current question (it has read the board), if it did within 10 s of usable. */
  phoneQuestionMs: Array<number | undefined>
  boardUsableMs: number[]
}

/** Our server's HTTP address: the bench server only hands out room addresses (ws://host:port/sync). */
async function httpBase(server: BenchServer): Promise<string> {
  const room = await server.createRoom('bench: address')
  return `http://${new URL(room.url).host}`
}

async function open(browser: Browser, options: BrowserContextOptions, conditions: Record<string, string>, url: string, throttle?: Throttle) {
  const context = await browser.newContext(options)
  await watchUsable(context, conditions)
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`))
  const cdp = await context.newCDPSession(page)
  const meter = await ByteMeter.attach(cdp)
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: throttle.rttMs,
      downloadThroughput: (throttle.downKbit * 1000) / 8,
      uploadThroughput: (throttle.upKbit * 1000) / 8,
    })
    if (throttle.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpu })
  }
  await page.goto(url, { waitUntil: 'commit' })
  return { context, page, meter }
}

/** Bytes of one visit: WebSocket frames until the page is usable, HTTP until the network is quiet after that. */
async function settle(visit: Awaited<ReturnType<typeof open>>): Promise<Bytes> {
  await usableAt(visit.page, 'usable')
  visit.meter.stopCountingWs()
  await visit.meter.quiet()
  return visit.meter.read()
}

async function firstVisit(browser: Browser, options: BrowserContextOptions, usable: string, url: string): Promise<Bytes> {
  const visit = await open(browser, options, { usable }, url)
  try {
    return await settle(visit)
  } finally {
    await visit.context.close()
  }
}

/** A laptop's first visit to the board, then a reload in the same browser (its cache, revalidation). */
async function laptopVisits(browser: Browser, url: string, shapes: number): Promise<{ first: Bytes; repeat: Bytes }> {
  const visit = await open(browser, LAPTOP, { usable: boardUsable(shapes) }, url)
  try {
    const first = await settle(visit)
    visit.meter.reset()
    await visit.page.reload({ waitUntil: 'commit' })
    const repeat = await settle(visit)
    return { first, repeat }
  } finally {
    await visit.context.close()
  }
}

async function timePhone(browser: Browser, url: string): Promise<{ usable: number; question: number | undefined }> {
  const visit = await open(browser, PHONE, { usable: phoneUsable, question: phoneQuestionShown }, url, SLOW_PHONE)
  try {
    const usable = await usableAt(visit.page, 'usable')
    const question = await usableAt(visit.page, 'question', 10_000).catch(() => recordedAt(visit.page, 'question'))
    return { usable, question }
  } finally {
    await visit.context.close()
  }
}

async function timeBoard(browser: Browser, url: string, shapes: number): Promise<number> {
  const visit = await open(browser, LAPTOP, { usable: boardUsable(shapes) }, url, VENUE_WIFI)
  try {
    return await usableAt(visit.page, 'usable')
  } finally {
    await visit.context.close()
  }
}

export async function runDelivery(quick: boolean, log: (...a: unknown[]) => void = () => {}): Promise<DeliveryResult> {
  const runs = quick ? 1 : 3
  // Every visit is a new participant from the same address: no cap on their identities.
  const server = await SERVERS.samenbord({ env: { MAX_IDENTITIES_PER_ADDRESS: '0' } })
  const browser = await launchBrowser()
  try {
    const base = await httpBase(server)
    const { session, shapes } = await makeBoard(base)
    const join = `${base}/s/${session.join}`
    log(`  board: ${shapes} shapes; Chromium ${browser.version()}`)

    const laptop = await laptopVisits(browser, join, shapes)
    const phoneFirst = await firstVisit(browser, PHONE, phoneUsable, join)
    const home = await firstVisit(browser, LAPTOP, homeUsable, `${base}/`)
    log(
      `  bytes: laptop ${laptop.first.http + laptop.first.ws}, repeat ${laptop.repeat.http + laptop.repeat.ws}, phone ${phoneFirst.http + phoneFirst.ws}, home ${home.http + home.ws}`,
    )

    const phoneUsableMs: number[] = []
    const phoneQuestionMs: Array<number | undefined> = []
    const boardUsableMs: number[] = []
    for (let i = 0; i < runs; i++) {
      const phone = await timePhone(browser, join)
      phoneUsableMs.push(phone.usable)
      phoneQuestionMs.push(phone.question)
      boardUsableMs.push(await timeBoard(browser, join, shapes))
      log(
        `  run ${i + 1}: phone usable ${phone.usable.toFixed(0)} ms (question ${phone.question?.toFixed(0) ?? 'n/a'}), board usable ${boardUsableMs[i]!.toFixed(0)} ms`,
      )
    }
    return {
      chromium: browser.version(),
      shapes,
      laptopFirst: laptop.first,
      laptopRepeat: laptop.repeat,
      phoneFirst,
      home,
      phoneUsableMs,
      phoneQuestionMs,
      boardUsableMs,
    }
  } finally {
    await browser.close()
    await server.stop()
  }
}
