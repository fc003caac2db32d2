// The browser build offers the typed code only (CheckIn does not show the scanner there).
export function QrScanner(_: { onScan: (data: string) => void; onCancel: () => void }) {
  return null
}
