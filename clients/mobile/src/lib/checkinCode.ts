// Self check-in codes: six characters shown in the room, typed or read from a QR code. The web
// client's QR codes carry a link (`https://…/checkin#code=K7M2QX`); a bare code works as well.

/** A code as typed: upper case, without spaces or dashes. */
export function normaliseCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase()
}

export const CODE_LENGTH = 6

/** Whether a normalised code has the shape the service issues. */
export function isCodeShape(code: string): boolean {
  return /^[A-Z0-9]{6}$/.test(code)
}

/** The code in what a QR code holds: a check-in link or the bare code. Null if there is none. */
export function codeFromScan(data: string): string | null {
  const text = data.trim()
  const m = /[#?&]code=([^&#\s]+)/i.exec(text)
  const candidate = normaliseCode(m ? decodeURIComponent(m[1]) : text)
  return isCodeShape(candidate) ? candidate : null
}
