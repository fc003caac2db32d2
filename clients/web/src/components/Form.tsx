import { useEffect, useId, useRef, type ChangeEvent, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError } from '../api/errors'

interface FieldProps {
  label: string
  error?: string
  hint?: string
  required?: boolean
  children: (ids: { id: string; describedBy?: string; invalid: boolean }) => ReactNode
}

/** A labelled control with its hint and error, wired with aria-describedby and aria-invalid. */
export function Field({ label, error, hint, required, children }: FieldProps) {
  const id = useId()
  const { t } = useTranslation()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> ({t('form.required')})</span>}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, describedBy, invalid: !!error })}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  )
}

interface TextFieldProps {
  label: string
  value: string
  onChange(value: string): void
  error?: string
  hint?: string
  required?: boolean
  type?: string
  autoComplete?: string
  multiline?: boolean
  rows?: number
  min?: string | number
  max?: string | number
  step?: string | number
  inputMode?: 'text' | 'numeric' | 'email' | 'search'
  name?: string
  placeholder?: string
}

export function TextField({ label, value, onChange, error, hint, required, multiline, rows = 4, ...rest }: TextFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      {({ id, describedBy, invalid }) =>
        multiline ? (
          <textarea
            id={id}
            name={rest.name}
            rows={rows}
            value={value}
            required={required}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)}
          />
        ) : (
          <input
            id={id}
            value={value}
            required={required}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(e) => onChange(e.target.value)}
            {...rest}
            type={rest.type ?? 'text'}
          />
        )
      }
    </Field>
  )
}

interface SelectFieldProps<V extends string> {
  label: string
  value: V
  onChange(value: NoInfer<V>): void
  options: { value: NoInfer<V>; label: string }[]
  error?: string
  hint?: string
  required?: boolean
}

export function SelectField<V extends string>({ label, value, onChange, options, error, hint, required }: SelectFieldProps<V>) {
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      {({ id, describedBy, invalid }) => (
        <select id={id} value={value} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => onChange(e.target.value as V)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

export function CheckboxField({ label, checked, onChange, hint }: { label: string; checked: boolean; onChange(v: boolean): void; hint?: string }) {
  const id = useId()
  return (
    <div className="field field--checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  )
}

/** The server's message for a failed action, announced and focused so keyboard users land on it. */
export function FormError({ error }: { error: AppError | null }) {
  const ref = useRef<HTMLDivElement>(null)
  const { t } = useTranslation()
  useEffect(() => {
    if (error) ref.current?.focus()
  }, [error])
  if (!error) return null
  const fieldMessages = Object.values(error.fields).filter((m) => m !== error.message)
  return (
    <div className="notice notice--error" role="alert" tabIndex={-1} ref={ref}>
      <p>
        <strong>{t('form.errorPrefix')}</strong> {error.message}
      </p>
      {fieldMessages.length > 0 && (
        <ul>
          {fieldMessages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  )
}

interface FormProps {
  onSubmit(): void
  busy: boolean
  submitLabel: string
  busyLabel?: string
  error: AppError | null
  children: ReactNode
  secondary?: ReactNode
  className?: string
  label?: string
}

/** A form whose submit button stays focusable while busy (aria-disabled) and shows progress. */
export function Form({ onSubmit, busy, submitLabel, busyLabel, error, children, secondary, className, label }: FormProps) {
  const { t } = useTranslation()
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!busy) onSubmit()
  }
  return (
    <form className={`form ${className ?? ''}`} onSubmit={submit} noValidate aria-busy={busy} aria-label={label}>
      <FormError error={error} />
      {children}
      <div className="form-actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {busy ? (
            <>
              <span className="spinner" aria-hidden="true" /> {busyLabel ?? t('form.saving')}
            </>
          ) : (
            submitLabel
          )}
        </button>
        {secondary}
      </div>
    </form>
  )
}
