// A QR code made in the browser (no image service), as an SVG data URL for an <img>. The qrcode
// library (~10 kB compressed) is fetched the first time a QR code is shown (the links panel, the
// projector's join card), not with the board.
import { useEffect, useState } from 'react'

/** Medium error correction: still scans from a dim beamer or a phone held at an angle. */
export function useQrCode(text: string): string | null {
  const [dataUrl, setDataUrl] = useState<string | null>(null)
  useEffect(() => {
    let cancelled = false
    import('qrcode')
      .then(({ default: QRCode }) => QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#1d2433', light: '#ffffff' } }))
      .then((svg) => {
        if (!cancelled) setDataUrl(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`)
      })
      .catch((error: unknown) => console.warn('samenbord: could not make the QR code', error))
    return () => {
      cancelled = true
    }
  }, [text])
  return dataUrl
}
