// npx tsx bench/profileTop.ts <file.cpuprofile> [count]
// Prints the functions with the most self time, and the heaviest call sites by total time, from a V8
// CPU profile (node --cpu-prof; the bench writes one of our server with BENCH_CPU_PROF=<dir>).
import fs from 'node:fs'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const [file, countArg] = process.argv.slice(2)
if (!file) {
  console.error('usage: tsx bench/profileTop.ts <file.cpuprofile> [count]')
  process.exit(2)
}
const count = Number(countArg ?? 30)
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)

const self = new Map<number, number>()
profile.samples.forEach((id, i) => {
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
})
const total = [...self.values()].reduce((a, b) => a + b, 0)

const label = (n: ProfileNode) => {
  const url = n.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(server|shared)\//, '$1/')
  return `${n.callFrame.functionName || '(anonymous)'} ${url}:${n.callFrame.lineNumber + 1}`
}

const selfBy = new Map<string, number>()
const totalBy = new Map<string, number>()
for (const [id, t] of self) {
  const n = byId.get(id)!
  selfBy.set(label(n), (selfBy.get(label(n)) ?? 0) + t)
  // Total time: charge every distinct frame on the stack once.
  const seen = new Set<string>()
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const l = label(byId.get(cur)!)
    if (seen.has(l)) continue
    seen.add(l)
    totalBy.set(l, (totalBy.get(l) ?? 0) + t)
  }
}

const print = (title: string, m: Map<string, number>) => {
  console.log(`\n${title} (of ${(total / 1000).toFixed(0)} ms sampled)`)
  for (const [l, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.log(`${((100 * t) / total).toFixed(1).padStart(5)} %  ${(t / 1000).toFixed(0).padStart(6)} ms  ${l}`)
  }
}
print('self time', selfBy)
print('total time', totalBy)
