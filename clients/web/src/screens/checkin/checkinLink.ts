/** The link a QR code in the room carries: it opens the check-in form with the code filled in. */
export function checkInLink(origin: string, code: string): string {
  return `${origin}/checkin#code=${encodeURIComponent(code)}`
}

/** A code as typed: upper case, without spaces or dashes. */
export function normaliseCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase()
}
