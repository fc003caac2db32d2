import { codeFromScan, isCodeShape, normaliseCode } from './checkinCode'

describe('check-in codes', () => {
  it('normalises what people type', () => {
    expect(normaliseCode(' k7m-2qx ')).toBe('K7M2QX')
    expect(isCodeShape('K7M2QX')).toBe(true)
    expect(isCodeShape('K7M2Q')).toBe(false)
  })

  it('reads the web client’s check-in link and a bare code from a QR code', () => {
    expect(codeFromScan('https://vielfaltsnetz.example/checkin#code=K7M2QX')).toBe('K7M2QX')
    expect(codeFromScan('http://127.0.0.1:8080/checkin?code=k7m2qx')).toBe('K7M2QX')
    expect(codeFromScan('K7M2QX')).toBe('K7M2QX')
    expect(codeFromScan('https://example.org/something')).toBeNull()
  })
})
