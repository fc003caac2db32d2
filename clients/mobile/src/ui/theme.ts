// The palette of the web client (clients/web/src/index.css). Text on its background meets WCAG 2.1
// AA (≥ 4.5:1), controls and their borders ≥ 3:1.
export const colors = {
  ink: '#1b1a23',
  muted: '#4f4d5c',
  bg: '#f6f5f9',
  surface: '#ffffff',
  line: '#cfcbd9',
  lineStrong: '#77738a',
  primary: '#4b2582',
  primaryInk: '#ffffff',
  primarySoft: '#ece6f6',
  accent: '#0d6461',
  accentSoft: '#e0f2f1',
  danger: '#a4161a',
  dangerSoft: '#fbe9e9',
  success: '#1d6b34',
  successSoft: '#e5f4e8',
  warning: '#6b4400',
  warningSoft: '#fff1d6',
  focus: '#1a56c4',
} as const

export const space = { xs: 4, s: 8, m: 12, l: 16, xl: 24 } as const
export const radius = 10

export const type = {
  title: { fontSize: 26, lineHeight: 32, fontWeight: '700' as const },
  heading: { fontSize: 20, lineHeight: 26, fontWeight: '700' as const },
  subheading: { fontSize: 17, lineHeight: 23, fontWeight: '600' as const },
  body: { fontSize: 16, lineHeight: 23 },
  small: { fontSize: 14, lineHeight: 20 },
}

/** Smallest touch target (WCAG 2.5.5, platform guidelines). */
export const TOUCH = 48
