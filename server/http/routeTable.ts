// The HTTP API's one route table: "METHOD /path/:param" → handler. Our own, not a router package: the
// API needs only literal segments and named parameters, which is ~60 lines here.
//   - `:id` is a session id ([A-Za-z0-9_-], 1-64 characters); any other `:name` is one segment of 1-200
//     characters, percent-decoded (a malformed escape is a 400 "bad path").
//   - A trailing `/?` lets the path end with a slash.
//   - The first path that matches decides: its method's handler runs, or 405 with Allow listing the
//     methods that path has. No path matches: dispatch returns false (the caller answers 404).
import type { IncomingMessage, ServerResponse } from 'node:http'
import { fail, methodNotAllowed } from './respond.ts'

export interface RouteCall<D> {
  req: IncomingMessage
  res: ServerResponse
  params: Readonly<Record<string, string>>
  query: URLSearchParams
  deps: D
}

export type RouteHandler<D> = (call: RouteCall<D>) => Promise<unknown> | unknown

/** `"METHOD /path"` → handler; entries keep their order (it is the order paths are tried in). */
export type Routes<D> = Record<string, RouteHandler<D>>

const SESSION_ID = '[A-Za-z0-9_-]{1,64}'
const SEGMENT = '[^/]{1,200}'

interface PathEntry<D> {
  pattern: RegExp
  names: string[]
  methods: Map<string, RouteHandler<D>>
}

function compile(path: string): { pattern: RegExp; names: string[] } {
  const slash = path.endsWith('/?')
  const segments = (slash ? path.slice(0, -2) : path).split('/')
  const names: string[] = []
  const source = segments
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      const name = segment.slice(1)
      names.push(name)
      return `(${name === 'id' ? SESSION_ID : SEGMENT})`
    })
    .join('/')
  return { pattern: new RegExp(`^${source}${slash ? '/?' : ''}$`), names }
}

export class RouteTable<D> {
  private readonly paths: PathEntry<D>[] = []

  constructor(...tables: Routes<D>[]) {
    for (const table of tables) {
      for (const [key, handler] of Object.entries(table)) {
        const [method, path] = key.split(' ') as [string, string]
        const compiled = compile(path)
        let entry = this.paths.find((candidate) => candidate.pattern.source === compiled.pattern.source)
        if (!entry) {
          entry = { ...compiled, methods: new Map() }
          this.paths.push(entry)
        }
        if (entry.methods.has(method)) throw new Error(`route ${key} is in the table twice`)
        entry.methods.set(method, handler)
      }
    }
  }

  /** True when a route answered (or refused) the request; false when no path matches. */
  async dispatch(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams, deps: D): Promise<boolean> {
    for (const entry of this.paths) {
      const match = entry.pattern.exec(path)
      if (!match) continue
      const handler = entry.methods.get(req.method ?? 'GET')
      if (!handler) return methodNotAllowed(res, [...entry.methods.keys()].join(', '))
      const params: Record<string, string> = {}
      try {
        entry.names.forEach((name, i) => {
          params[name] = decodeURIComponent(match[i + 1]!)
        })
      } catch {
        return fail(res, 400, 'bad path')
      }
      await handler({ req, res, params, query, deps })
      return true
    }
    return false
  }
}
