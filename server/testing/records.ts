// Records for tests that must pass the record rules (shared/board/recordRules.ts) unless a test means
// them not to: a geo shape's full props (tldraw's validators want every one).
import { toRichText } from '@tldraw/tlschema'

export function geoProps(w = 200, h = 200, text = ''): Record<string, unknown> {
  return {
    geo: 'rectangle',
    dash: 'draw',
    url: '',
    w,
    h,
    growY: 0,
    scale: 1,
    flipX: false,
    flipY: false,
    labelColor: 'black',
    color: 'black',
    fill: 'none',
    size: 'm',
    font: 'draw',
    align: 'middle',
    verticalAlign: 'middle',
    richText: toRichText(text),
  }
}

/** A second page, as tldraw's page menu makes one. */
export function pageRecord(id = 'page:extra', index = 'a2'): Record<string, unknown> & { id: string; typeName: string } {
  return { id, typeName: 'page', name: 'Pagina 2', index, meta: {} }
}

/** An image asset with the picture inline, as tldraw stores a pasted image without an asset store. */
export function imageAsset(id = 'asset:photo'): Record<string, unknown> & { id: string; typeName: string } {
  return {
    id,
    typeName: 'asset',
    type: 'image',
    props: { w: 1, h: 1, name: 'foto.png', isAnimated: false, mimeType: 'image/png', src: 'data:image/png;base64,iVBORw0KGgo=' },
    meta: {},
  }
}

const MEDIA_PROPS: Record<string, Record<string, unknown>> = {
  image: { w: 100, h: 100, playing: true, url: '', assetId: null, crop: null, flipX: false, flipY: false, altText: '' },
  video: { w: 100, h: 100, time: 0, playing: false, autoplay: false, url: '', assetId: null, altText: '' },
  bookmark: { w: 300, h: 320, assetId: null, url: 'https://example.org/' },
  embed: { w: 300, h: 300, url: 'https://example.org/' },
}

/** An image, video, bookmark or embed shape on `parentId`; `assetId` for image and video. */
export function mediaShape(
  type: 'image' | 'video' | 'bookmark' | 'embed',
  id: string,
  parentId = 'page:board',
  assetId: string | null = null,
): Record<string, unknown> & { id: string; typeName: string } {
  const props = { ...MEDIA_PROPS[type]!, ...(type === 'image' || type === 'video' ? { assetId } : {}) }
  return { id, typeName: 'shape', type, x: 100, y: 100, rotation: 0, isLocked: false, opacity: 1, parentId, index: 'a5', props, meta: {} }
}
