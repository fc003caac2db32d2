import { useState } from 'react'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import type { ModuleKind, ModulesQuery } from '../../gql/graphql'
import { isStaff, useMe } from '../../api/auth'
import { useAction } from '../../api/useAction'
import { Dialog } from '../../components/Dialog'
import { CheckboxField, Form, SelectField, TextField } from '../../components/Form'
import { PageHeader } from '../../components/Page'
import { Pager, PAGE_SIZE, usePager } from '../../components/Pager'
import { Empty, Loading, QueryError } from '../../components/Status'
import { useDebounced } from '../../lib/useDebounced'
import { MODULE_KINDS, enumOptions } from '../cohorts/labels'

const ModulesDocument = graphql(`
  query Modules($first: Int, $after: String, $kind: ModuleKind, $search: String, $includeArchived: Boolean) {
    modules(first: $first, after: $after, kind: $kind, search: $search, includeArchived: $includeArchived) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          kind
          summary
          description
          durationMinutes
          learningGoals
          tags
          archived
          materials {
            title
            url
          }
        }
      }
    }
  }
`)

const CreateModuleDocument = graphql(`
  mutation CreateModule($input: ModuleInput!) {
    createModule(input: $input) {
      id
    }
  }
`)

const UpdateModuleDocument = graphql(`
  mutation UpdateModule($id: ID!, $input: ModuleInput!) {
    updateModule(id: $id, input: $input) {
      id
      title
    }
  }
`)

const ArchiveModuleDocument = graphql(`
  mutation ArchiveModule($id: ID!) {
    archiveModule(id: $id) {
      id
      archived
    }
  }
`)

type Module = ModulesQuery['modules']['edges'][number]['node']

/** "Title | https://…" per line, as the API's materials. */
export function parseMaterials(text: string): { title: string; url: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const bar = line.lastIndexOf('|')
      return bar < 0 ? { title: line, url: line } : { title: line.slice(0, bar).trim(), url: line.slice(bar + 1).trim() }
    })
}

export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean)
}

export function Modules() {
  const { t } = useTranslation()
  const me = useMe()
  const staff = isStaff(me)
  const [search, setSearch] = useState('')
  const [kind, setKind] = useState<ModuleKind | ''>('')
  const [includeArchived, setIncludeArchived] = useState(false)
  const debounced = useDebounced(search)
  const pager = usePager(`${debounced}|${kind}|${includeArchived}`)
  const [editing, setEditing] = useState<Module | 'new' | null>(null)
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ModulesDocument,
    variables: { first: PAGE_SIZE, after: pager.after, kind: kind || null, search: debounced || null, includeArchived },
  })
  const archive = useAction(ArchiveModuleDocument)
  const conn = data?.modules
  const refresh = () => reexecute({ requestPolicy: 'network-only' })
  return (
    <>
      <PageHeader title={t('modules.title')} lead={t('modules.lead')}>
        {staff && (
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
            {t('modules.create')}
          </button>
        )}
      </PageHeader>
      <div className="filters" role="search" aria-label={t('modules.filter')}>
        <TextField label={t('modules.search')} type="search" value={search} onChange={setSearch} />
        <SelectField label={t('modules.kind')} value={kind} onChange={setKind} options={[{ value: '', label: t('common.all') }, ...enumOptions(t, 'ModuleKind', MODULE_KINDS)]} />
        {staff && <CheckboxField label={t('modules.includeArchived')} checked={includeArchived} onChange={setIncludeArchived} />}
      </div>
      {archive.error && <p className="notice notice--error" role="alert">{archive.error.message}</p>}
      {fetching && !data && <Loading />}
      {error && <QueryError error={error} retry={refresh} />}
      {conn && conn.edges.length === 0 && <Empty>{t('modules.empty')}</Empty>}
      <ul className="card-grid">
        {conn?.edges.map(({ node: m }) => (
          <li key={m.id} className={`card module-card${m.archived ? ' module-card--archived' : ''}`}>
            <h2>{m.title}</h2>
            <p>
              <span className={`kind kind--${m.kind.toLowerCase()}`}>{t(`enums.ModuleKind.${m.kind}`)}</span>
              {m.durationMinutes && <span className="muted"> · {t('modules.minutes', { count: m.durationMinutes })}</span>}
              {m.archived && <span className="badge"> {t('modules.archived')}</span>}
            </p>
            {m.summary && <p>{m.summary}</p>}
            {m.learningGoals.length > 0 && (
              <details>
                <summary>{t('modules.learningGoals')}</summary>
                <ul>
                  {m.learningGoals.map((g, i) => (
                    <li key={i}>{g}</li>
                  ))}
                </ul>
              </details>
            )}
            {m.tags.length > 0 && (
              <ul className="tags" aria-label={t('modules.tags')}>
                {m.tags.map((tag) => (
                  <li key={tag}>{tag}</li>
                ))}
              </ul>
            )}
            {staff && (
              <div className="card-actions">
                <button type="button" className="button" onClick={() => setEditing(m)}>
                  {t('common.edit')}
                  <span className="visually-hidden">: {m.title}</span>
                </button>
                {!m.archived && (
                  <button type="button" className="button button--danger" onClick={() => archive.run({ id: m.id }, t('modules.archivedMessage', { title: m.title }))}>
                    {t('modules.archive')}
                    <span className="visually-hidden">: {m.title}</span>
                  </button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      {conn && <Pager pager={pager} pageInfo={conn.pageInfo} totalCount={conn.totalCount} shown={conn.edges.length} label={t('modules.pages')} />}
      {editing && (
        <ModuleDialog
          module={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            refresh()
          }}
        />
      )}
    </>
  )
}

function ModuleDialog({ module, onClose, onSaved }: { module: Module | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation()
  const [title, setTitle] = useState(module?.title ?? '')
  const [kind, setKind] = useState<ModuleKind>(module?.kind ?? 'INPUT')
  const [summary, setSummary] = useState(module?.summary ?? '')
  const [description, setDescription] = useState(module?.description ?? '')
  const [duration, setDuration] = useState(module?.durationMinutes?.toString() ?? '')
  const [goals, setGoals] = useState(module?.learningGoals.join('\n') ?? '')
  const [tags, setTags] = useState(module?.tags.join(', ') ?? '')
  const [materials, setMaterials] = useState(module?.materials.map((m) => `${m.title} | ${m.url}`).join('\n') ?? '')
  const create = useAction(CreateModuleDocument)
  const update = useAction(UpdateModuleDocument)
  const action = module ? update : create
  const submit = async () => {
    const input = {
      title: title.trim(),
      kind,
      summary: summary.trim() || null,
      description: description.trim() || null,
      durationMinutes: duration.trim() ? Number(duration) : null,
      learningGoals: goals
        .split('\n')
        .map((g) => g.trim())
        .filter(Boolean),
      tags: parseTags(tags),
      materials: parseMaterials(materials),
    }
    const ok = module ? await update.run({ id: module.id, input }, t('common.savedMessage')) : await create.run({ input }, t('modules.created', { title: input.title }))
    if (ok) onSaved()
  }
  const f = action.error?.fields ?? {}
  return (
    <Dialog title={module ? t('modules.editTitle', { title: module.title }) : t('modules.create')} open onClose={onClose}>
      <Form
        onSubmit={submit}
        busy={action.busy}
        submitLabel={t('common.save')}
        error={action.error}
        secondary={
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        }
      >
        <TextField label={t('modules.fieldTitle')} value={title} onChange={setTitle} required error={f.title} />
        <div className="field-row">
          <SelectField label={t('modules.kind')} value={kind} onChange={setKind} options={enumOptions(t, 'ModuleKind', MODULE_KINDS)} error={f.kind} />
          <TextField label={t('modules.duration')} type="number" inputMode="numeric" min={1} max={1440} value={duration} onChange={setDuration} error={f.durationMinutes} />
        </div>
        <TextField label={t('modules.summary')} value={summary} onChange={setSummary} multiline rows={2} error={f.summary} />
        <TextField label={t('modules.description')} value={description} onChange={setDescription} multiline rows={4} error={f.description} />
        <TextField label={t('modules.learningGoals')} hint={t('modules.goalsHint')} value={goals} onChange={setGoals} multiline rows={3} error={f.learningGoals} />
        <TextField label={t('modules.tags')} hint={t('modules.tagsHint')} value={tags} onChange={setTags} error={f.tags} />
        <TextField label={t('modules.materials')} hint={t('modules.materialsHint')} value={materials} onChange={setMaterials} multiline rows={3} error={f.materials} />
      </Form>
    </Dialog>
  )
}
