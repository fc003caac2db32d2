import { useId, useState } from 'react'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../gql'
import type { Role } from '../gql/graphql'
import { useDebounced } from '../lib/useDebounced'

const MunicipalityOptionsDocument = graphql(`
  query MunicipalityOptions($search: String) {
    municipalities(first: 50, search: $search) {
      totalCount
      edges {
        node {
          id
          name
          ags
        }
      }
    }
  }
`)

const OrganisationOptionsDocument = graphql(`
  query OrganisationOptions($search: String, $municipalityId: ID) {
    organisations(first: 50, search: $search, municipalityId: $municipalityId) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`)

const PersonOptionsDocument = graphql(`
  query PersonOptions($search: String) {
    people(first: 20, search: $search) {
      totalCount
      edges {
        node {
          id
          displayName
          role
          municipality {
            id
            name
          }
        }
      }
    }
  }
`)

export interface Named {
  id: string
  name: string
}

/** Municipalities to choose several of: the chosen ones as removable chips, a search and matching
 * results as checkboxes. */
export function MunicipalityMultiSelect({ label, selected, onChange, error }: { label: string; selected: Named[]; onChange(v: Named[]): void; error?: string }) {
  const { t } = useTranslation()
  const id = useId()
  const [search, setSearch] = useState('')
  const debounced = useDebounced(search)
  const [{ data, fetching }] = useQuery({ query: MunicipalityOptionsDocument, variables: { search: debounced || null } })
  const chosen = new Set(selected.map((m) => m.id))
  const toggle = (m: Named) => onChange(chosen.has(m.id) ? selected.filter((s) => s.id !== m.id) : [...selected, m])
  return (
    <fieldset className={`field picker${error ? ' field--invalid' : ''}`}>
      <legend>{label}</legend>
      {selected.length > 0 && (
        <ul className="chips" aria-label={t('picker.chosen')}>
          {selected.map((m) => (
            <li key={m.id}>
              {m.name}
              <button type="button" className="chip-remove" onClick={() => toggle(m)} aria-label={t('picker.remove', { name: m.name })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`${id}-search`}>{t('picker.searchMunicipality')}</label>
      <input id={`${id}-search`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      <div className="picker-results" aria-busy={fetching}>
        {data?.municipalities.edges.map(({ node: m }) => (
          <div className="field--checkbox" key={m.id}>
            <input id={`${id}-${m.id}`} type="checkbox" checked={chosen.has(m.id)} onChange={() => toggle({ id: m.id, name: m.name })} />
            <label htmlFor={`${id}-${m.id}`}>
              {m.name} <span className="muted">({m.ags})</span>
            </label>
          </div>
        ))}
        {data && data.municipalities.totalCount > data.municipalities.edges.length && <p className="hint">{t('picker.more', { count: data.municipalities.totalCount - data.municipalities.edges.length })}</p>}
      </div>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  )
}

/** One municipality: type to narrow, then pick from the select. */
export function MunicipalitySelect({ label, value, onChange, error, optional = true }: { label: string; value: string; onChange(id: string): void; error?: string; optional?: boolean }) {
  const { t } = useTranslation()
  const id = useId()
  const [search, setSearch] = useState('')
  const debounced = useDebounced(search)
  const [{ data }] = useQuery({ query: MunicipalityOptionsDocument, variables: { search: debounced || null } })
  return (
    <div className={`field picker-inline${error ? ' field--invalid' : ''}`}>
      <label htmlFor={`${id}-select`}>{label}</label>
      <div className="picker-row">
        <input type="search" aria-label={t('picker.filterLabel', { label })} placeholder={t('picker.filter')} value={search} onChange={(e) => setSearch(e.target.value)} />
        <select id={`${id}-select`} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={!!error || undefined} aria-describedby={error ? `${id}-error` : undefined}>
          {optional && <option value="">{t('common.none')}</option>}
          {data?.municipalities.edges.map(({ node: m }) => (
            <option key={m.id} value={m.id}>
              {m.name} ({m.ags})
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  )
}

export function OrganisationSelect({ label, value, onChange, municipalityId, error }: { label: string; value: string; onChange(id: string): void; municipalityId?: string; error?: string }) {
  const { t } = useTranslation()
  const id = useId()
  const [search, setSearch] = useState('')
  const debounced = useDebounced(search)
  const [{ data }] = useQuery({ query: OrganisationOptionsDocument, variables: { search: debounced || null, municipalityId: municipalityId || null } })
  return (
    <div className={`field picker-inline${error ? ' field--invalid' : ''}`}>
      <label htmlFor={`${id}-select`}>{label}</label>
      <div className="picker-row">
        <input type="search" aria-label={t('picker.filterLabel', { label })} placeholder={t('picker.filter')} value={search} onChange={(e) => setSearch(e.target.value)} />
        <select id={`${id}-select`} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={!!error || undefined}>
          <option value="">{t('common.none')}</option>
          {data?.organisations.edges.map(({ node: o }) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      {error && <p className="field-error">{error}</p>}
    </div>
  )
}

export interface PickedPerson {
  id: string
  displayName: string
}

/** Search the directory by name and pick one person (optionally only of some roles). */
export function PersonPicker({ label, value, onChange, roles, error }: { label: string; value: PickedPerson | null; onChange(p: PickedPerson | null): void; roles?: Role[]; error?: string }) {
  const { t } = useTranslation()
  const id = useId()
  const [search, setSearch] = useState('')
  const debounced = useDebounced(search)
  const [{ data, fetching }] = useQuery({ query: PersonOptionsDocument, variables: { search: debounced || null }, pause: debounced.length < 2 })
  const people = (data?.people.edges ?? []).map((e) => e.node).filter((p) => !roles || roles.includes(p.role))
  return (
    <fieldset className={`field picker${error ? ' field--invalid' : ''}`}>
      <legend>{label}</legend>
      {value ? (
        <p className="picked">
          <strong>{value.displayName}</strong>{' '}
          <button type="button" className="button button--quiet" onClick={() => onChange(null)}>
            {t('picker.change')}
          </button>
        </p>
      ) : (
        <>
          <label htmlFor={`${id}-search`}>{t('picker.searchPerson')}</label>
          <input id={`${id}-search`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />
          <div className="picker-results" aria-live="polite" aria-busy={fetching}>
            {debounced.length >= 2 && data && people.length === 0 && <p className="hint">{t('picker.noPeople')}</p>}
            <ul className="plain">
              {people.map((p) => (
                <li key={p.id}>
                  <button type="button" className="button button--quiet" onClick={() => onChange({ id: p.id, displayName: p.displayName })}>
                    {t('picker.choose', { name: p.displayName })}
                  </button>{' '}
                  <span className="muted">
                    {t(`enums.Role.${p.role}`)}
                    {p.municipality ? ` · ${p.municipality.name}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        </>
      )}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  )
}
