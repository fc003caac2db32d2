import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import type { InfluenceCircle, InfluenceDomain, MyInfluenceMapQuery } from '../../gql/graphql'
import { useAction } from '../../api/useAction'
import { Dialog } from '../../components/Dialog'
import { CheckboxField, Form, SelectField, TextField } from '../../components/Form'
import { Empty, Loading, QueryError } from '../../components/Status'
import { useCohort } from '../cohorts/CohortPage'
import { enumOptions } from '../cohorts/labels'

const MyInfluenceMapDocument = graphql(`
  query MyInfluenceMap($cohortId: ID!) {
    me {
      id
      influenceAreas(cohortId: $cohortId) {
        ...InfluenceAreaFields
      }
      influenceMapShared(cohortId: $cohortId)
      influenceMapSvg(cohortId: $cohortId)
    }
  }
`)

const PersonInfluenceMapDocument = graphql(`
  query PersonInfluenceMap($personId: ID!, $cohortId: ID!) {
    person(id: $personId) {
      id
      displayName
      influenceAreas(cohortId: $cohortId) {
        ...InfluenceAreaFields
      }
      influenceMapSvg(cohortId: $cohortId)
    }
  }
`)

graphql(`
  fragment InfluenceAreaFields on InfluenceArea {
    id
    circle
    domain
    description
    stakeholders
  }
`)

const AddInfluenceAreaDocument = graphql(`
  mutation AddInfluenceArea($input: InfluenceAreaInput!) {
    addInfluenceArea(input: $input) {
      id
    }
  }
`)

const UpdateInfluenceAreaDocument = graphql(`
  mutation UpdateInfluenceArea($id: ID!, $input: InfluenceAreaInput!) {
    updateInfluenceArea(id: $id, input: $input) {
      id
    }
  }
`)

const RemoveInfluenceAreaDocument = graphql(`
  mutation RemoveInfluenceArea($id: ID!) {
    removeInfluenceArea(id: $id)
  }
`)

const ShareInfluenceMapDocument = graphql(`
  mutation ShareInfluenceMap($cohortId: ID!, $shared: Boolean!) {
    shareInfluenceMap(cohortId: $cohortId, shared: $shared)
  }
`)

type Area = NonNullable<MyInfluenceMapQuery['me']>['influenceAreas'][number]
export const CIRCLES = ['CONTROL', 'INFLUENCE', 'CONCERN'] as const
export const DOMAINS = ['OWN_ROLE', 'TEAM', 'ORGANISATION', 'MUNICIPALITY', 'CIVIL_SOCIETY', 'NETWORK'] as const

/** "a, b ,, c" → ["a", "b", "c"] */
export function parseList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
}

function MapImage({ svg, label }: { svg: string | null | undefined; label: string }) {
  if (!svg) return null
  // As an image: whatever the SVG holds cannot run script; the list beside it is the text alternative.
  return <img className="influence-svg" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} alt={label} />
}

function AreasByCircle({ areas, onEdit, onRemove }: { areas: readonly Area[]; onEdit?(a: Area): void; onRemove?(a: Area): void }) {
  const { t } = useTranslation()
  return (
    <>
      {CIRCLES.map((circle) => {
        const list = areas.filter((a) => a.circle === circle)
        return (
          <section key={circle} className={`circle circle--${circle.toLowerCase()}`} aria-labelledby={`circle-${circle}`}>
            <h3 id={`circle-${circle}`}>
              {t(`enums.InfluenceCircle.${circle}`)} <span className="muted small">({list.length})</span>
            </h3>
            <p className="hint">{t(`influence.circleHint.${circle}`)}</p>
            {list.length === 0 ? (
              <p className="muted small">{t('influence.circleEmpty')}</p>
            ) : (
              <ul className="plain area-list">
                {list.map((a) => (
                  <li key={a.id}>
                    <p>
                      <span className="badge">{t(`enums.InfluenceDomain.${a.domain}`)}</span> {a.description}
                    </p>
                    {a.stakeholders.length > 0 && <p className="small muted">{t('influence.with', { names: a.stakeholders.join(', ') })}</p>}
                    {(onEdit || onRemove) && (
                      <div className="card-actions">
                        {onEdit && (
                          <button type="button" className="button" onClick={() => onEdit(a)}>
                            {t('common.edit')}
                            <span className="visually-hidden">: {a.description}</span>
                          </button>
                        )}
                        {onRemove && (
                          <button type="button" className="button button--danger" onClick={() => onRemove(a)}>
                            {t('common.remove')}
                            <span className="visually-hidden">: {a.description}</span>
                          </button>
                        )}
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        )
      })}
    </>
  )
}

/** The participant's own sphere of influence in this cohort. */
export function MyInfluenceMap() {
  const { t } = useTranslation()
  const { cohort } = useCohort()
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyInfluenceMapDocument, variables: { cohortId: cohort.id } })
  const [editing, setEditing] = useState<Area | null>(null)
  // The box follows the click at once and goes back if the server says no.
  const [sharing, setSharing] = useState<boolean | null>(null)
  const remove = useAction(RemoveInfluenceAreaDocument)
  const share = useAction(ShareInfluenceMapDocument)
  const refresh = () => reexecute({ requestPolicy: 'network-only' })
  if (fetching && !data) return <Loading />
  if (error && !data) return <QueryError error={error} retry={refresh} />
  const me = data?.me
  if (!me) return null
  const areas = me.influenceAreas
  return (
    <div className="columns">
      <div>
        <h2>{t('influence.title')}</h2>
        <p className="lead">{t('influence.lead')}</p>
        <MapImage svg={me.influenceMapSvg} label={t('influence.mapAlt', { count: areas.length })} />
        <CheckboxField
          label={t('influence.share')}
          hint={t('influence.shareHint')}
          checked={sharing ?? !!me.influenceMapShared}
          onChange={async (shared) => {
            setSharing(shared)
            const ok = await share.run({ cohortId: cohort.id, shared }, shared ? t('influence.shared') : t('influence.unshared'))
            if (!ok) setSharing(null)
            else refresh()
          }}
        />
        {share.error && (
          <p className="notice notice--error" role="alert">
            {share.error.message}
          </p>
        )}
      </div>
      <div className="stack">
        <section className="card" aria-labelledby="add-area">
          <h2 id="add-area">{t('influence.add')}</h2>
          <AreaForm key={areas.length} cohortId={cohort.id} onSaved={refresh} />
        </section>
        {remove.error && (
          <p className="notice notice--error" role="alert">
            {remove.error.message}
          </p>
        )}
        {areas.length === 0 ? <Empty>{t('influence.empty')}</Empty> : <AreasByCircle areas={areas} onEdit={setEditing} onRemove={async (a) => (await remove.run({ id: a.id }, t('influence.removed'))) && refresh()} />}
      </div>
      {editing && (
        <Dialog title={t('influence.edit')} open onClose={() => setEditing(null)}>
          <AreaForm
            cohortId={cohort.id}
            area={editing}
            onSaved={() => {
              setEditing(null)
              refresh()
            }}
          />
        </Dialog>
      )}
    </div>
  )
}

function AreaForm({ cohortId, area, onSaved }: { cohortId: string; area?: Area; onSaved(): void }) {
  const { t } = useTranslation()
  const [circle, setCircle] = useState<InfluenceCircle>(area?.circle ?? 'CONTROL')
  const [domain, setDomain] = useState<InfluenceDomain>(area?.domain ?? 'OWN_ROLE')
  const [description, setDescription] = useState(area?.description ?? '')
  const [stakeholders, setStakeholders] = useState(area?.stakeholders.join(', ') ?? '')
  const add = useAction(AddInfluenceAreaDocument)
  const update = useAction(UpdateInfluenceAreaDocument)
  const action = area ? update : add
  const submit = async () => {
    const input = { cohortId, circle, domain, description: description.trim(), stakeholders: parseList(stakeholders) }
    const ok = area ? await update.run({ id: area.id, input }, t('common.savedMessage')) : await add.run({ input }, t('influence.added'))
    if (ok) onSaved()
  }
  const f = action.error?.fields ?? {}
  return (
    <Form onSubmit={submit} busy={action.busy} submitLabel={area ? t('common.save') : t('influence.addSubmit')} error={action.error}>
      <fieldset className="field">
        <legend>{t('influence.circle')}</legend>
        {CIRCLES.map((c) => (
          <div className="field--checkbox" key={c}>
            <input type="radio" id={`${area?.id ?? 'new'}-${c}`} name={`circle-${area?.id ?? 'new'}`} checked={circle === c} onChange={() => setCircle(c)} />
            <label htmlFor={`${area?.id ?? 'new'}-${c}`}>
              <strong>{t(`enums.InfluenceCircle.${c}`)}</strong> – {t(`influence.circleHint.${c}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <SelectField label={t('influence.domain')} value={domain} onChange={setDomain} options={enumOptions(t, 'InfluenceDomain', DOMAINS)} error={f.domain} />
      <TextField label={t('influence.description')} hint={t('influence.descriptionHint')} value={description} onChange={setDescription} multiline rows={2} required error={f.description} />
      <TextField label={t('influence.stakeholders')} hint={t('influence.stakeholdersHint')} value={stakeholders} onChange={setStakeholders} error={f.stakeholders} />
    </Form>
  )
}

/** A participant's map as their facilitators see it, when it is shared. */
export function PersonInfluenceMap() {
  const { t } = useTranslation()
  const { cohort } = useCohort()
  const { personId = '' } = useParams()
  const [{ data, fetching, error }] = useQuery({ query: PersonInfluenceMapDocument, variables: { personId, cohortId: cohort.id } })
  if (fetching && !data) return <Loading />
  if (error && !data) return <QueryError error={error} />
  const person = data?.person
  if (!person) return <Empty>{t('influence.notShared')}</Empty>
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/cohorts/${cohort.id}/people`}>{t('cohort.tabs.people')}</Link>
      </p>
      <h2>{t('influence.ofPerson', { name: person.displayName })}</h2>
      {person.influenceAreas.length === 0 ? (
        <Empty>{t('influence.notShared')}</Empty>
      ) : (
        <div className="columns">
          <MapImage svg={person.influenceMapSvg} label={t('influence.mapAlt', { count: person.influenceAreas.length })} />
          <div>
            <AreasByCircle areas={person.influenceAreas} />
          </div>
        </div>
      )}
    </>
  )
}
