// Build plugin: TipTap's generateHTML/generateJSON/generateText build a whole ProseMirror schema from
// the extension list on every call (@tiptap/core 3), and tldraw calls generateHTML once per note text
// it renders or measures: ~2 ms each, most of the cost of 1,000 notes arriving at once (bench scenario 8).
// The schema depends only on the extension list, which tldraw keeps in one constant array, so it is
// built once per array and reused. If a TipTap upgrade changes the code this relies on, the build fails
// here rather than quietly losing the cache.
import type { Plugin } from 'vite'

const CALL = 'const schema = getSchema(extensions);'
const EXPECTED_CALLS = 3

const CACHE = `
const samenbordSchemas = new WeakMap();
function samenbordSchemaOnce(extensions) {
	let schema = samenbordSchemas.get(extensions);
	if (!schema) {
		schema = getSchema(extensions);
		samenbordSchemas.set(extensions, schema);
	}
	return schema;
}
`

export function tiptapSchemaOnce(): Plugin {
  return {
    name: 'samenbord:tiptap-schema-once',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]@tiptap[\\/]core[\\/]dist[\\/]index\.js$/.test(id)) return null
      const calls = code.split(CALL).length - 1
      if (calls !== EXPECTED_CALLS) {
        this.error(`@tiptap/core: expected ${EXPECTED_CALLS} schema builds in generateHTML/JSON/Text, found ${calls}; check client/build/tiptapSchemaOnce.ts`)
      }
      return { code: code.replaceAll(CALL, 'const schema = samenbordSchemaOnce(extensions);') + CACHE, map: null }
    },
  }
}
