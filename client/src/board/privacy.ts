// Keep the board from contacting other hosts. tldraw by default unfurls a pasted link by fetching
// the page (and then everyone's browser loads its og:image and favicon), and turns YouTube/Maps/…
// links into iframes. On a self-hosted workshop board both leak who is looking to third parties,
// so links become plain bookmarks and embeds are off.
import { AssetRecordType, EmbedShapeUtil, getHashForString, type Editor, type TLAnyShapeUtilConstructor, type TLAsset, type TLUiOverrides } from 'tldraw'

/** No embed definitions: a pasted link is a bookmark, never an iframe. */
export const privateShapeUtils: readonly TLAnyShapeUtilConstructor[] = [EmbedShapeUtil.configure({ embedDefinitions: [] })]

/** Without embeds the "insert embed" menu item has nothing to offer. */
export const privateUiOverrides: TLUiOverrides = {
  actions(_editor, actions) {
    delete actions['insert-embed']
    return actions
  },
}

/** Bookmarks show the link itself; nothing is fetched. */
export function registerLocalBookmarks(editor: Editor): void {
  editor.registerExternalAssetHandler('url', async ({ url }): Promise<TLAsset> => {
    let title = url
    try {
      const parsed = new URL(url)
      title = parsed.hostname + (parsed.pathname === '/' ? '' : parsed.pathname)
    } catch {
      // not a URL we can parse: show it as given
    }
    return {
      id: AssetRecordType.createId(getHashForString(url)),
      typeName: 'asset',
      type: 'bookmark',
      props: { src: url, title, description: url, image: '', favicon: '' },
      meta: {},
    }
  })
}
