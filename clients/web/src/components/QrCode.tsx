import { useEffect, useState } from 'react'
import QRCode from 'qrcode'

/** A QR code drawn in the browser (no external service), as an image with a text alternative. */
export function QrCode({ value, alt, size = 240 }: { value: string; alt: string; size?: number }) {
  const [src, setSrc] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    QRCode.toString(value, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((svg) => {
      if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`)
    })
    return () => {
      live = false
    }
  }, [value])
  return src ? <img className="qr" src={src} alt={alt} width={size} height={size} /> : <div className="qr" style={{ width: size, height: size }} />
}
