// README's architecture map is checked here so it cannot go stale again: every folder of the code has its
// line, no line names a folder that is gone, and every file named in "One update's way" exists.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const CODE_ROOTS = ['shared', 'server', 'client', 'e2e', 'bench']
/** Build output, data and artifacts (all in .gitignore): not part of the architecture. */
const NOT_CODE = new Set(['node_modules', 'dist', 'data', 'test-results', 'out'])

function architectureSection(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
  const start = readme.indexOf('\n## Architecture\n')
  expect(start, 'README has a "## Architecture" section').toBeGreaterThan(-1)
  const end = readme.indexOf('\n## ', start + 1)
  return readme.slice(start, end === -1 ? undefined : end)
}

/** The folders the map names: the first word of each line of its code block, when it ends in "/". */
function mappedFolders(section: string): string[] {
  const block = section.split('```')[1] ?? ''
  return block
    .split('\n')
    .map((line) => /^(\S+\/)\s{2,}\S/.exec(line)?.[1])
    .filter((folder): folder is string => folder !== undefined)
    .map((folder) => folder.slice(0, -1))
}

/** Every folder under the code roots that holds at least one file of its own. */
function codeFolders(): string[] {
  const found: string[] = []
  const walk = (rel: string): void => {
    const entries = readdirSync(path.join(ROOT, rel), { withFileTypes: true })
    if (entries.some((e) => e.isFile())) found.push(rel)
    for (const e of entries) {
      if (e.isDirectory() && !e.name.startsWith('.') && !NOT_CODE.has(e.name)) walk(`${rel}/${e.name}`)
    }
  }
  for (const root of CODE_ROOTS) walk(root)
  return found.sort()
}

describe("README's architecture map", () => {
  const section = architectureSection()
  const mapped = mappedFolders(section)

  it('has one line for every folder of the code', () => {
    const missing = codeFolders().filter((folder) => !mapped.includes(folder))
    expect(missing, 'folders with no line in README ## Architecture').toEqual([])
  })

  it('names no folder that does not exist, and each only once', () => {
    expect(mapped.filter((folder) => !existsSync(path.join(ROOT, folder)))).toEqual([])
    expect(mapped.filter((folder, i) => mapped.indexOf(folder) !== i)).toEqual([])
  })

  it("names only files that exist in one update's way", () => {
    const way = section.slice(section.indexOf("One update's way"))
    const files = [...way.matchAll(/`((?:client|server|shared)\/[^`\s]+\.tsx?)`/g)].map((m) => m[1] as string)
    expect(files.length, 'the way names the files it passes through').toBeGreaterThanOrEqual(8)
    expect(files.filter((file) => !existsSync(path.join(ROOT, file)))).toEqual([])
  })
})
