import { useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { useQuery, useSubscription } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import type { PostKind, PostSummaryFragment } from '../../gql/graphql'
import { isStaff, useMe } from '../../api/auth'
import { useAnnounce } from '../../components/Announcer'
import { CheckboxField, SelectField, TextField } from '../../components/Form'
import { PageHeader } from '../../components/Page'
import { Pager, PAGE_SIZE, usePager } from '../../components/Pager'
import { Empty, Loading, QueryError } from '../../components/Status'
import { formatDateTime } from '../../lib/datetime'
import { useDebounced } from '../../lib/useDebounced'
import { enumOptions } from '../cohorts/labels'
import { POST_KINDS, excerpt } from './communityQueries'

const FeedDocument = graphql(`
  query Feed($first: Int, $after: String, $cohortId: ID, $kind: PostKind, $tag: String, $search: String, $networkOnly: Boolean) {
    feed(first: $first, after: $after, cohortId: $cohortId, kind: $kind, tag: $tag, search: $search, networkOnly: $networkOnly) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PostSummary
        }
      }
    }
  }
`)

const FeedCohortsDocument = graphql(`
  query FeedCohorts {
    me {
      id
      enrollments {
        id
        status
        cohort {
          id
          title
        }
      }
    }
  }
`)

const PostAddedDocument = graphql(`
  subscription PostAdded {
    postAdded {
      id
      title
      author {
        id
      }
    }
  }
`)

export function Feed() {
  const { t } = useTranslation()
  const me = useMe()
  const announce = useAnnounce()
  const [params, setParams] = useSearchParams()
  const [search, setSearch] = useState(params.get('q') ?? '')
  const debounced = useDebounced(search.trim())
  const kind = (params.get('kind') ?? '') as PostKind | ''
  const cohortId = params.get('cohort') ?? ''
  const tag = params.get('tag') ?? ''
  const networkOnly = params.get('network') === '1'
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    setParams(next, { replace: true })
  }
  const pager = usePager(`${debounced}|${kind}|${cohortId}|${tag}|${networkOnly}`)
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: FeedDocument,
    variables: { first: PAGE_SIZE, after: pager.after, search: debounced || null, kind: kind || null, cohortId: cohortId || null, tag: tag || null, networkOnly: networkOnly || null },
  })
  const [{ data: cohortsData }] = useQuery({ query: FeedCohortsDocument })
  const cohorts = (cohortsData?.me?.enrollments ?? []).filter((e) => e.status !== 'WITHDRAWN').map((e) => e.cohort)

  // New posts are offered, not pushed into the list under the reader's eyes.
  const [fresh, setFresh] = useState(0)
  useSubscription({ query: PostAddedDocument }, (_, event) => {
    if (event.postAdded.author.id !== me.id) {
      setFresh((n) => n + 1)
      announce(t('community.newPostsLive', { title: event.postAdded.title }))
    }
    return event
  })
  const showFresh = () => {
    setFresh(0)
    reexecute({ requestPolicy: 'network-only' })
  }
  const conn = data?.feed

  return (
    <>
      <PageHeader title={t('community.title')} lead={t('community.lead')}>
        <Link className="button button--primary" to={cohortId ? `/community/new?cohort=${cohortId}` : '/community/new'}>
          {t('community.newPost')}
        </Link>
        {isStaff(me) && (
          <Link className="button" to="/community/moderation">
            {t('community.moderation')}
          </Link>
        )}
      </PageHeader>
      <div className="filters" role="search" aria-label={t('community.filter')}>
        <TextField label={t('community.search')} type="search" value={search} onChange={setSearch} hint={t('community.searchHint')} />
        <SelectField label={t('community.kind')} value={kind} onChange={(v) => setParam('kind', v)} options={[{ value: '', label: t('common.all') }, ...enumOptions(t, 'PostKind', POST_KINDS)]} />
        <SelectField label={t('community.where')} value={cohortId} onChange={(v) => setParam('cohort', v)} options={[{ value: '', label: t('community.everywhere') }, ...cohorts.map((c) => ({ value: c.id, label: c.title }))]} />
        <CheckboxField label={t('community.networkOnly')} checked={networkOnly} onChange={(v) => setParam('network', v ? '1' : '')} />
      </div>
      {tag && (
        <p>
          {t('community.taggedWith', { tag })}{' '}
          <button type="button" className="button button--quiet" onClick={() => setParam('tag', '')}>
            {t('community.clearTag')}
          </button>
        </p>
      )}
      {fresh > 0 && (
        <p className="notice notice--action">
          <span>{t('community.newPosts', { count: fresh })}</span>
          <button type="button" className="button button--primary" onClick={showFresh}>
            {t('community.showNew')}
          </button>
        </p>
      )}
      {fetching && !data && <Loading />}
      {error && !data && <QueryError error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {conn && conn.edges.length === 0 && <Empty>{debounced ? t('community.noResults') : t('community.empty')}</Empty>}
      <ul className="plain stack feed">
        {conn?.edges.map(({ node }) => (
          <PostCard key={node.id} post={node} onTag={(tg) => setParam('tag', tg)} />
        ))}
      </ul>
      {conn && <Pager pager={pager} pageInfo={conn.pageInfo} totalCount={conn.totalCount} shown={conn.edges.length} label={t('community.pages')} />}
    </>
  )
}

function PostCard({ post, onTag }: { post: PostSummaryFragment; onTag(tag: string): void }) {
  const { t, i18n } = useTranslation()
  const total = post.reactions.reduce((n, r) => n + r.count, 0)
  return (
    <li className={`card post-card${post.pinned ? ' post-card--pinned' : ''}${post.hidden ? ' post-card--hidden' : ''}`}>
      <p className="agenda-meta">
        <span className={`kind kind--post-${post.kind.toLowerCase()}`}>{t(`enums.PostKind.${post.kind}`)}</span>
        {post.pinned && <span className="badge">{t('community.pinned')}</span>}
        {post.locked && <span className="badge">{t('community.locked')}</span>}
        {post.hidden && <span className="badge badge--moved">{t('community.hidden')}</span>}
        {post.consultation && <span className="badge">{post.consultation.resolvedAt ? t('community.resolved') : t('community.openConsultation')}</span>}
      </p>
      <h2 className="post-title">
        <Link to={`/community/posts/${post.id}`}>{post.title}</Link>
      </h2>
      <p className="small muted">
        {post.author.displayName} · {post.cohort ? post.cohort.title : t('community.network')} · <time dateTime={post.createdAt}>{formatDateTime(post.createdAt, i18n.language)}</time>
      </p>
      <p>{excerpt(post.body)}</p>
      <div className="post-foot">
        {post.tags.length > 0 && (
          <ul className="tags" aria-label={t('modules.tags')}>
            {post.tags.map((tag) => (
              <li key={tag}>
                <button type="button" className="tag-button" onClick={() => onTag(tag)} aria-label={t('community.filterTag', { tag })}>
                  #{tag}
                </button>
              </li>
            ))}
          </ul>
        )}
        <p className="small muted">
          {t('community.comments', { count: post.commentCount })}
          {total > 0 && (
            <>
              {' · '}
              {post.reactions
                .filter((r) => r.count > 0)
                .map((r) => `${t(`enums.ReactionKind.${r.kind}`)} ${r.count}`)
                .join(' · ')}
            </>
          )}
        </p>
      </div>
    </li>
  )
}
