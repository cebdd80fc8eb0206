// A remote change arrives as a whole new record, even when only x and y moved. tldraw keys its caches
// on object identity: a shape's geometry (and a note's text measurement) is recomputed when its props
// object changes, a shape's view re-renders when its props or meta object changes, a note's text HTML
// is cached per rich-text object. So the parts that did not change keep the store's current objects:
// a note moved by someone else is moved, not measured and rendered again.
import { isEqual } from '@tldraw/utils'

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null

/** `next`, with every top-level object (and every value in props) that equals `prev`'s taken from `prev`. */
export function shareUnchanged<T extends object>(prev: T | undefined, next: T): T {
  if (!prev) return next
  const before = prev as unknown as Json
  const after = next as unknown as Json
  let out: Json | undefined
  for (const key of Object.keys(after)) {
    const was = before[key]
    const is = after[key]
    if (was === is || !isObject(was) || !isObject(is)) continue
    const shared = isEqual(was, is) ? was : key === 'props' ? shareValues(was, is) : is
    if (shared === is) continue
    out ??= { ...after }
    out[key] = shared
  }
  return (out ?? after) as unknown as T
}

/** The props object with the values that did not change taken from the previous one (richText above all). */
function shareValues(prev: Json, next: Json): Json {
  let out: Json | undefined
  for (const key of Object.keys(next)) {
    const was = prev[key]
    const is = next[key]
    if (was === is || !isObject(was) || !isObject(is) || !isEqual(was, is)) continue
    out ??= { ...next }
    out[key] = was
  }
  return out ?? next
}
