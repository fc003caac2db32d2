// The building blocks of every screen: text that scales with the system's font size, buttons
// and fields labelled for screen readers, touch targets of at least 48 points.
import { forwardRef, type ReactNode } from 'react'
import {
  ActivityIndicator,
  Pressable,
  StyleSheet,
  Text as RNText,
  TextInput,
  View,
  type StyleProp,
  type TextInputProps,
  type TextProps,
  type TextStyle,
  type ViewStyle,
} from 'react-native'
import { colors, radius, space, TOUCH, type } from './theme'

export function Text({ style, ...rest }: TextProps) {
  return <RNText style={[styles.body, style]} {...rest} />
}

export function Muted({ style, ...rest }: TextProps) {
  return <RNText style={[styles.body, styles.muted, style]} {...rest} />
}

export function Heading({ level = 2, style, children, ...rest }: TextProps & { level?: 1 | 2 | 3 }) {
  const s = level === 1 ? type.title : level === 2 ? type.heading : type.subheading
  return (
    <RNText role="heading" aria-level={level} style={[{ color: colors.ink }, s, style]} {...rest}>
      {children}
    </RNText>
  )
}

type Variant = 'primary' | 'secondary' | 'danger' | 'quiet'

export function Button({
  label,
  onPress,
  variant = 'primary',
  busy = false,
  disabled = false,
  hint,
  icon,
  style,
  a11yLabel,
  testID,
}: {
  label: string
  onPress: () => void
  variant?: Variant
  busy?: boolean
  disabled?: boolean
  hint?: string
  icon?: ReactNode
  style?: StyleProp<ViewStyle>
  /** When the visible label needs more words for a screen reader. */
  a11yLabel?: string
  testID?: string
}) {
  const inactive = disabled || busy
  return (
    <Pressable
      role="button"
      aria-label={a11yLabel ?? label}
      aria-disabled={inactive}
      aria-busy={busy}
      accessibilityHint={hint}
      accessibilityState={{ disabled: inactive, busy }}
      onPress={inactive ? undefined : onPress}
      testID={testID}
      style={({ pressed }) => [
        styles.button,
        variantStyle[variant],
        inactive && styles.inactive,
        pressed && !inactive && styles.pressed,
        style,
      ]}
    >
      {busy ? <ActivityIndicator color={variant === 'primary' || variant === 'danger' ? colors.primaryInk : colors.primary} /> : icon}
      <RNText style={[styles.buttonText, variantText[variant]]}>{label}</RNText>
    </Pressable>
  )
}

export const Field = forwardRef<TextInput, TextInputProps & { label: string; hint?: string; error?: string | null; optional?: string }>(function Field(
  { label, hint, error, optional, style, multiline, ...rest },
  ref,
) {
  const description = [hint, error].filter(Boolean).join(' ')
  return (
    <View style={styles.field}>
      <Text style={styles.label}>
        {label}
        {optional ? <RNText style={styles.muted}> ({optional})</RNText> : null}
      </Text>
      {hint ? <Muted style={type.small}>{hint}</Muted> : null}
      <TextInput
        ref={ref}
        aria-label={label}
        accessibilityHint={description || undefined}
        aria-invalid={!!error}
        placeholderTextColor={colors.muted}
        multiline={multiline}
        style={[styles.input, multiline && styles.multiline, error ? styles.inputError : null, style as StyleProp<TextStyle>]}
        {...rest}
      />
      {error ? (
        <Text style={styles.error} role="alert">
          {error}
        </Text>
      ) : null}
    </View>
  )
})

export function SwitchRow({ label, hint, value, onChange }: { label: string; hint?: string; value: boolean; onChange: (v: boolean) => void }) {
  // One control: the whole row is the switch (a native Switch inside would be a second one).
  return (
    <Pressable role="switch" aria-checked={value} accessibilityHint={hint} onPress={() => onChange(!value)} style={styles.switchRow}>
      <View style={{ flex: 1 }}>
        <Text>{label}</Text>
        {hint ? <Muted style={type.small}>{hint}</Muted> : null}
      </View>
      <View style={[styles.track, value && styles.trackOn]}>
        <View style={[styles.thumb, value && styles.thumbOn]} />
      </View>
    </Pressable>
  )
}

/** One choice out of a few, as a radio group of large buttons. */
export function Choice<T extends string>({
  label,
  options,
  value,
  onChange,
  labelOf,
}: {
  label: string
  options: readonly T[]
  value: T | null
  onChange: (v: T) => void
  labelOf: (v: T) => string
}) {
  return (
    <View style={styles.field}>
      <Text style={styles.label}>{label}</Text>
      <View role="radiogroup" aria-label={label} style={styles.choiceRow}>
        {options.map((o) => {
          const selected = o === value
          return (
            <Pressable
              key={o}
              role="radio"
              aria-checked={selected}
              aria-label={labelOf(o)}
              onPress={() => onChange(o)}
              style={[styles.choice, selected && styles.choiceSelected]}
            >
              <RNText style={[styles.choiceText, selected && styles.choiceTextSelected]}>{labelOf(o)}</RNText>
            </Pressable>
          )
        })}
      </View>
    </View>
  )
}

export function Card({ children, style, accent }: { children: ReactNode; style?: StyleProp<ViewStyle>; accent?: string }) {
  return <View style={[styles.card, accent ? { borderLeftWidth: 5, borderLeftColor: accent } : null, style]}>{children}</View>
}

export function Badge({ label, tone = 'neutral' }: { label: string; tone?: 'neutral' | 'primary' | 'success' | 'warning' | 'danger' | 'accent' }) {
  const t = badgeTone[tone]
  return (
    <View style={[styles.badge, { backgroundColor: t.bg, borderColor: t.fg }]}>
      <RNText style={[styles.badgeText, { color: t.fg }]}>{label}</RNText>
    </View>
  )
}

export function Notice({ children, tone = 'info', live = false, style }: { children: ReactNode; tone?: 'info' | 'success' | 'warning' | 'danger'; live?: boolean; style?: StyleProp<ViewStyle> }) {
  const t = noticeTone[tone]
  return (
    <View
      role={tone === 'danger' ? 'alert' : live ? 'status' : undefined}
      aria-live={live || tone === 'danger' ? 'polite' : undefined}
      style={[styles.notice, { backgroundColor: t.bg, borderColor: t.fg }, style]}
    >
      {typeof children === 'string' ? <Text style={{ color: t.fg }}>{children}</Text> : children}
    </View>
  )
}

export function Row({ children, style }: { children: ReactNode; style?: StyleProp<ViewStyle> }) {
  return <View style={[styles.row, style]}>{children}</View>
}

const badgeTone = {
  neutral: { bg: colors.bg, fg: colors.muted },
  primary: { bg: colors.primarySoft, fg: colors.primary },
  success: { bg: colors.successSoft, fg: colors.success },
  warning: { bg: colors.warningSoft, fg: colors.warning },
  danger: { bg: colors.dangerSoft, fg: colors.danger },
  accent: { bg: colors.accentSoft, fg: colors.accent },
}

const noticeTone = {
  info: { bg: colors.primarySoft, fg: colors.primary },
  success: { bg: colors.successSoft, fg: colors.success },
  warning: { bg: colors.warningSoft, fg: colors.warning },
  danger: { bg: colors.dangerSoft, fg: colors.danger },
}

const variantStyle: Record<Variant, ViewStyle> = {
  primary: { backgroundColor: colors.primary, borderColor: colors.primary },
  secondary: { backgroundColor: colors.surface, borderColor: colors.primary },
  danger: { backgroundColor: colors.danger, borderColor: colors.danger },
  quiet: { backgroundColor: 'transparent', borderColor: 'transparent', paddingHorizontal: 0, alignSelf: 'flex-start' },
}
const variantText: Record<Variant, TextStyle> = {
  primary: { color: colors.primaryInk },
  secondary: { color: colors.primary },
  danger: { color: colors.primaryInk },
  quiet: { color: colors.primary, textDecorationLine: 'underline' },
}

export const styles = StyleSheet.create({
  body: { ...type.body, color: colors.ink },
  muted: { color: colors.muted },
  button: {
    minHeight: TOUCH,
    paddingHorizontal: space.l,
    paddingVertical: space.s,
    borderRadius: radius,
    borderWidth: 2,
    flexDirection: 'row',
    alignItems: 'center',
    justifyContent: 'center',
    gap: space.s,
  },
  buttonText: { fontSize: 16, lineHeight: 22, fontWeight: '600', textAlign: 'center', flexShrink: 1 },
  inactive: { opacity: 0.6 },
  pressed: { opacity: 0.85 },
  field: { gap: space.xs, marginBottom: space.m },
  label: { fontWeight: '600' },
  input: {
    minHeight: TOUCH,
    borderWidth: 1.5,
    borderColor: colors.lineStrong,
    borderRadius: radius,
    paddingHorizontal: space.m,
    paddingVertical: space.s,
    backgroundColor: colors.surface,
    color: colors.ink,
    fontSize: 16,
  },
  multiline: { minHeight: 110, textAlignVertical: 'top' },
  inputError: { borderColor: colors.danger, borderWidth: 2 },
  error: { color: colors.danger, fontWeight: '600' },
  track: { width: 52, height: 32, borderRadius: 16, backgroundColor: colors.lineStrong, padding: 3, justifyContent: 'center' },
  trackOn: { backgroundColor: colors.primary },
  thumb: { width: 26, height: 26, borderRadius: 13, backgroundColor: colors.surface },
  thumbOn: { alignSelf: 'flex-end' },
  switchRow: { flexDirection: 'row', alignItems: 'center', gap: space.m, minHeight: TOUCH, marginBottom: space.m },
  choiceRow: { flexDirection: 'row', flexWrap: 'wrap', gap: space.s },
  choice: {
    minHeight: TOUCH,
    minWidth: TOUCH,
    paddingHorizontal: space.m,
    justifyContent: 'center',
    alignItems: 'center',
    borderRadius: radius,
    borderWidth: 1.5,
    borderColor: colors.lineStrong,
    backgroundColor: colors.surface,
  },
  choiceSelected: { backgroundColor: colors.primary, borderColor: colors.primary },
  choiceText: { fontSize: 16, color: colors.ink },
  choiceTextSelected: { color: colors.primaryInk, fontWeight: '700' },
  card: {
    backgroundColor: colors.surface,
    borderRadius: radius,
    borderWidth: 1,
    borderColor: colors.line,
    padding: space.l,
    gap: space.s,
  },
  badge: { alignSelf: 'flex-start', borderRadius: 999, borderWidth: 1, paddingHorizontal: space.s, paddingVertical: 2 },
  badgeText: { fontSize: 13, lineHeight: 18, fontWeight: '600' },
  notice: { borderRadius: radius, borderWidth: 1, padding: space.m, gap: space.xs },
  row: { flexDirection: 'row', alignItems: 'center', gap: space.s, flexWrap: 'wrap' },
})
