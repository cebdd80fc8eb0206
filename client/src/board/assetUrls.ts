// tldraw's fonts, icons and translations from our own server (never a CDN), for the canvas and for the
// chrome's UI context alike. Module-level: tldraw wants them stable.
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'

export const assetUrls = getAssetUrlsByImport()
