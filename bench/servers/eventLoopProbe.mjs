// Preloaded (node --import) into every server under test: once a second, one line on stderr with the
// event-loop delay of that second (ms), so the harness sees how long each server blocks, from inside it.
// Plain JavaScript so it loads the same way into all three servers, with or without tsx.
import { monitorEventLoopDelay } from 'node:perf_hooks'

const histogram = monitorEventLoopDelay({ resolution: 1 })
histogram.enable()
const ms = (ns) => Math.round(ns / 1e4) / 100
setInterval(() => {
  process.stderr.write(`bench-eld ${JSON.stringify({ p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) })}\n`)
  histogram.reset()
}, 1000).unref()
