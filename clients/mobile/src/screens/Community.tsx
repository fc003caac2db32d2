// The community: the cohort's posts and the whole network's, new posts arriving live
// (`postAdded`), readable offline from the last sync; posts written offline wait in the queue
// and show here until they are sent.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Pressable, View } from 'react-native'
import Ionicons from '@expo/vector-icons/Ionicons'
import { useTranslation } from 'react-i18next'
import { FeedDocument, PostAddedDocument } from '../api/operations'
import type { FeedPostFragment, FeedQuery } from '../gql/graphql'
import type { CreatePostPayload } from '../offline/handlers'
import type { QueueItem } from '../offline/queue'
import { formatDateTime } from '../lib/datetime'
import { plainMarkdown } from '../lib/markdown'
import { useNav } from '../navigation'
import { useApp } from '../state/AppContext'
import { useCachedQuery, useSubscription } from '../state/useCachedQuery'
import { Badge, Button, Card, Choice, Muted, Notice, Row, Text } from '../ui/components'
import { Screen } from '../ui/Screen'
import { colors, space, type } from '../ui/theme'

type Scope = 'cohort' | 'network'

export function Community() {
  const { t } = useTranslation()
  const { api, cohortId, queueItems, announce } = useApp()
  const { push } = useNav()
  const [scope, setScope] = useState<Scope>(cohortId ? 'cohort' : 'network')
  const vars = scope === 'cohort' && cohortId ? { first: 30, cohortId } : { first: 30, networkOnly: true }
  const feed = useCachedQuery(`feed.${scope}.${cohortId ?? ''}`, FeedDocument, vars)
  const [older, setOlder] = useState<{ posts: FeedPostFragment[]; cursor: string | null; hasMore: boolean } | null>(null)
  const [loadingOlder, setLoadingOlder] = useState(false)
  const first = useMemo(() => feed.data?.feed.edges.map((e) => e.node) ?? [], [feed.data])
  useEffect(() => setOlder(null), [scope])
  const posts = useMemo(() => {
    const seen = new Set(first.map((p) => p.id))
    return [...first, ...(older?.posts ?? []).filter((p) => !seen.has(p.id))]
  }, [first, older])
  const hasMore = older ? older.hasMore : (feed.data?.feed.pageInfo.hasNextPage ?? false)
  const loadOlder = async () => {
    const after = older ? older.cursor : (feed.data?.feed.pageInfo.endCursor ?? null)
    if (!after) return
    setLoadingOlder(true)
    try {
      const r = await api.request(FeedDocument, { ...vars, after })
      setOlder((prev) => ({ posts: [...(prev?.posts ?? []), ...r.feed.edges.map((e) => e.node)], cursor: r.feed.pageInfo.endCursor ?? null, hasMore: r.feed.pageInfo.hasNextPage }))
    } catch {
      /* offline: the button stays */
    } finally {
      setLoadingOlder(false)
    }
  }

  const { live } = useSubscription(
    PostAddedDocument,
    scope === 'cohort' && cohortId ? { cohortId } : {},
    (data) => {
      const p = data.postAdded
      if (scope === 'network' && p.cohort) return
      feed.update((prev) => {
        if (!prev || prev.feed.edges.some((e) => e.node.id === p.id)) return prev
        announce(t('community.newPostsLive', { title: p.title }))
        return { feed: { ...prev.feed, totalCount: prev.feed.totalCount + 1, edges: [{ __typename: 'PostEdge', node: p }, ...prev.feed.edges] } } as FeedQuery
      })
    },
    useCallback(() => void feed.refetch(), [feed]),
  )

  // Our own queued posts, until the feed has them.
  const waiting = queueItems.filter((i) => i.kind === 'createPost' && i.state !== 'sent') as QueueItem<CreatePostPayload>[]
  const sent = queueItems.filter((i) => i.kind === 'createPost' && i.state === 'sent').length
  const lastSent = useRef(sent)
  useEffect(() => {
    if (sent > lastSent.current) void feed.refetch()
    lastSent.current = sent
  }, [sent, feed])

  return (
    <Screen title={t('community.title')} syncedAt={feed.syncedAt} live={live} loading={feed.loading} onRefresh={feed.refetch}>
      <Button label={t('community.newPost')} icon={<Ionicons name="create-outline" size={22} color={colors.primaryInk} />} onPress={() => push({ name: 'newPost' })} testID="new-post" />
      {cohortId ? (
        <Choice
          label={t('community.where')}
          options={['cohort', 'network'] as const}
          value={scope}
          onChange={setScope}
          labelOf={(s) => (s === 'cohort' ? t('mobile.community.myCohort') : t('community.network'))}
        />
      ) : null}
      <View role="list" style={{ gap: space.s }} aria-label={t('community.title')}>
        {waiting.map((i) => (
          <View role="listitem" key={i.id} testID="queued-post">
            <Card accent={i.state === 'failed' ? colors.danger : colors.warning}>
              <Text style={type.subheading}>{i.payload.input.title}</Text>
              <Row>
                <Badge label={t(`enums.PostKind.${i.payload.input.kind}`)} tone="primary" />
                <Badge label={i.state === 'failed' ? t('mobile.outbox.states.failed') : i.state === 'sending' ? t('mobile.outbox.states.sending') : t('mobile.outbox.states.pending')} tone={i.state === 'failed' ? 'danger' : 'warning'} />
              </Row>
              <Text numberOfLines={3}>{plainMarkdown(i.payload.input.body)}</Text>
            </Card>
          </View>
        ))}
        {posts.length === 0 && waiting.length === 0 && !feed.loading ? <Notice>{t('community.empty')}</Notice> : null}
        {posts.map((p) => (
          <PostCard key={p.id} post={p} onPress={() => push({ name: 'post', id: p.id })} />
        ))}
      </View>
      {hasMore ? <Button variant="secondary" label={t('mobile.community.older')} busy={loadingOlder} onPress={() => void loadOlder()} /> : null}
    </Screen>
  )
}

function PostCard({ post, onPress }: { post: FeedPostFragment; onPress: () => void }) {
  const { t, i18n } = useTranslation()
  const reactions = post.reactions.reduce((n, r) => n + r.count, 0)
  return (
    <View role="listitem">
      <Pressable role="button" onPress={onPress}>
        <Card accent={post.kind === 'CONSULTATION_REQUEST' ? colors.accent : colors.primary}>
          <Text style={type.subheading}>{post.title}</Text>
          <Row>
            <Badge label={t(`enums.PostKind.${post.kind}`)} tone={post.kind === 'CONSULTATION_REQUEST' ? 'accent' : 'primary'} />
            {post.pinned ? <Badge label={t('community.pinned')} /> : null}
            {post.consultation ? <Badge label={post.consultation.resolvedAt ? t('community.resolved') : t('community.openConsultation')} tone={post.consultation.resolvedAt ? 'success' : 'warning'} /> : null}
          </Row>
          <Text numberOfLines={3}>{plainMarkdown(post.body)}</Text>
          <Row style={{ justifyContent: 'space-between' }}>
            <Muted style={type.small}>
              {post.author.displayName} · {formatDateTime(post.createdAt, i18n.language)}
            </Muted>
            <Row>
              <Ionicons name="chatbubble-outline" size={16} color={colors.muted} aria-hidden />
              <Muted style={type.small} aria-label={t('community.comments', { count: post.commentCount })}>{post.commentCount}</Muted>
              <Ionicons name="heart-outline" size={16} color={colors.muted} aria-hidden />
              <Muted style={type.small} aria-label={t('mobile.community.reactions', { count: reactions })}>{reactions}</Muted>
            </Row>
          </Row>
        </Card>
      </Pressable>
    </View>
  )
}
