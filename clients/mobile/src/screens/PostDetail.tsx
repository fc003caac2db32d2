// One post: its text, the consultation case, reactions (toggle buttons), threaded comments and a
// comment of one's own (queued when offline).
import { useEffect, useRef, useState } from 'react'
import { Pressable, StyleSheet, View } from 'react-native'
import Ionicons from '@expo/vector-icons/Ionicons'
import { useTranslation } from 'react-i18next'
import { PostDocument, ReactDocument, ResolveConsultationDocument, UnreactDocument } from '../api/operations'
import type { ReactionKind } from '../gql/graphql'
import type { CreateCommentPayload } from '../offline/handlers'
import type { QueueItem } from '../offline/queue'
import { messageOf } from '../api/errors'
import { formatDateTime } from '../lib/datetime'
import { plainMarkdown } from '../lib/markdown'
import { useApp } from '../state/AppContext'
import { useCachedQuery } from '../state/useCachedQuery'
import { Badge, Button, Card, Field, Muted, Notice, Row, Text } from '../ui/components'
import { Screen, Section } from '../ui/Screen'
import { colors, space, TOUCH, type } from '../ui/theme'

const REACTIONS: readonly ReactionKind[] = ['LIKE', 'THANKS', 'INSIGHTFUL', 'SUPPORT']
const ICON: Record<ReactionKind, keyof typeof Ionicons.glyphMap> = { LIKE: 'thumbs-up-outline', THANKS: 'heart-outline', INSIGHTFUL: 'bulb-outline', SUPPORT: 'hand-left-outline' }

export function PostDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation()
  const { api, enqueue, queueItems, announce, online, personId } = useApp()
  const q = useCachedQuery(`post.${id}`, PostDocument, { id })
  const post = q.data?.post
  const [comment, setComment] = useState('')
  const [replyTo, setReplyTo] = useState<{ id: string; name: string } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [reacting, setReacting] = useState<ReactionKind | null>(null)
  const [resolving, setResolving] = useState(false)

  const mine = queueItems.filter((i) => i.kind === 'createComment' && (i.payload as CreateCommentPayload).input.postId === id) as QueueItem<CreateCommentPayload>[]
  const waiting = mine.filter((i) => i.state !== 'sent')
  const sent = mine.filter((i) => i.state === 'sent').length
  const lastSent = useRef(sent)
  useEffect(() => {
    if (sent > lastSent.current) void q.refetch()
    lastSent.current = sent
  }, [sent, q])

  if (!post) {
    return (
      <Screen title={t('community.title')} loading={q.loading}>
        {q.loading ? null : <Notice>{t('notFound.text')}</Notice>}
      </Screen>
    )
  }

  const toggle = async (kind: ReactionKind) => {
    if (reacting) return
    setReacting(kind)
    setProblem(null)
    const on = post.myReactions.includes(kind)
    try {
      const r = on ? (await api.request(UnreactDocument, { targetId: post.id, kind })).unreact : (await api.request(ReactDocument, { targetId: post.id, kind })).react
      q.update((prev) => (prev?.post ? { post: { ...prev.post, reactions: r.reactions, myReactions: r.myReactions } } : prev))
      announce(t(on ? 'community.reactionRemoved' : 'community.reactionAdded', { reaction: t(`enums.ReactionKind.${kind}`) }))
    } catch (e) {
      setProblem(messageOf(e, t('mobile.community.reactOffline')))
    } finally {
      setReacting(null)
    }
  }

  const resolve = async (resolved: boolean) => {
    setResolving(true)
    setProblem(null)
    try {
      const r = await api.request(ResolveConsultationDocument, { postId: post.id, resolved })
      q.update((prev) => (prev?.post ? { post: { ...prev.post, consultation: r.resolveConsultation.consultation } } : prev))
      announce(resolved ? t('community.resolved') : t('community.openConsultation'))
    } catch (e) {
      setProblem(messageOf(e, t('mobile.community.reactOffline')))
    } finally {
      setResolving(false)
    }
  }

  const send = async () => {
    if (!comment.trim()) {
      setProblem(t('form.required'))
      return
    }
    setProblem(null)
    await enqueue('createComment', { input: { postId: post.id, parentId: replyTo?.id ?? null, body: comment.trim() }, postTitle: post.title })
    announce(online ? t('mobile.community.sending') : t('mobile.community.queued'))
    setComment('')
    setReplyTo(null)
  }

  const comments = post.comments.edges.map((e) => e.node)
  const top = comments.filter((c) => !c.parent)
  const repliesOf = (cid: string) => comments.filter((c) => c.parent?.id === cid)

  return (
    <Screen title={post.title} syncedAt={q.syncedAt} onRefresh={q.refetch}>
      <Row>
        <Badge label={t(`enums.PostKind.${post.kind}`)} tone="primary" />
        {post.cohort ? <Badge label={post.cohort.title} /> : <Badge label={t('community.network')} />}
        {post.locked ? <Badge label={t('community.locked')} tone="warning" /> : null}
      </Row>
      <Muted style={type.small}>
        {post.author.displayName}
        {post.author.pronouns ? ` (${post.author.pronouns})` : ''} · {formatDateTime(post.createdAt, i18n.language)}
      </Muted>
      <Text selectable>{plainMarkdown(post.body)}</Text>
      {post.tags.length ? <Muted style={type.small}>{post.tags.map((x) => `#${x}`).join(' ')}</Muted> : null}

      {post.consultation ? (
        <Card accent={colors.accent}>
          <Text style={{ fontWeight: '700', color: colors.accent }}>{t('community.consultation')}</Text>
          {post.consultation.case ? (
            <>
              <Text style={{ fontWeight: '600' }}>{t('community.case')}</Text>
              <Text>{post.consultation.case}</Text>
            </>
          ) : null}
          {post.consultation.question ? (
            <>
              <Text style={{ fontWeight: '600' }}>{t('community.question')}</Text>
              <Text>{post.consultation.question}</Text>
            </>
          ) : null}
          <Badge label={post.consultation.resolvedAt ? t('community.resolved') : t('community.openConsultation')} tone={post.consultation.resolvedAt ? 'success' : 'warning'} />
          {post.author.id === personId ? (
            <Button
              variant="secondary"
              busy={resolving}
              label={post.consultation.resolvedAt ? t('community.reopen') : t('community.markResolved')}
              onPress={() => void resolve(!post.consultation?.resolvedAt)}
            />
          ) : null}
        </Card>
      ) : null}

      <View role="group" aria-label={t('community.reactionsOn', { label: post.title })} style={styles.reactions}>
        {REACTIONS.map((k) => {
          const count = post.reactions.find((r) => r.kind === k)?.count ?? 0
          const on = post.myReactions.includes(k)
          return (
            <Pressable
              key={k}
              role="button"
              aria-pressed={on}
              onPress={() => void toggle(k)}
              style={[styles.reaction, on && styles.reactionOn]}
            >
              <Ionicons name={ICON[k]} size={18} color={on ? colors.primaryInk : colors.primary} aria-hidden />
              <Text style={[type.small, on && { color: colors.primaryInk, fontWeight: '700' }]}>
                {t(`enums.ReactionKind.${k}`)} {count}
              </Text>
            </Pressable>
          )
        })}
      </View>
      {problem ? <Notice tone="warning">{problem}</Notice> : null}

      <Section title={t('community.comments', { count: post.comments.totalCount })}>
        <View role="list" style={{ gap: space.s }}>
          {top.map((c) => (
            <View role="listitem" key={c.id} style={{ gap: space.s }}>
              <CommentView c={c} onReply={post.locked ? undefined : () => setReplyTo({ id: c.id, name: c.author.displayName })} />
              {repliesOf(c.id).map((r) => (
                <View key={r.id} style={styles.reply}>
                  <CommentView c={r} />
                </View>
              ))}
            </View>
          ))}
          {waiting.map((w) => (
            <View role="listitem" key={w.id}>
              <Card accent={w.state === 'failed' ? colors.danger : colors.warning}>
                <Badge label={w.state === 'failed' ? `${t('mobile.outbox.states.failed')}: ${w.error?.message ?? ''}` : t('mobile.outbox.states.pending')} tone={w.state === 'failed' ? 'danger' : 'warning'} />
                <Text>{w.payload.input.body}</Text>
              </Card>
            </View>
          ))}
        </View>
        {post.locked ? (
          <Notice>{t('community.lockedLong')}</Notice>
        ) : (
          <View style={{ gap: space.s }}>
            {replyTo ? (
              <Row>
                <Muted>{t('community.replyTo', { name: replyTo.name })}</Muted>
                <Button variant="quiet" label={t('common.cancel')} onPress={() => setReplyTo(null)} />
              </Row>
            ) : null}
            <Field label={t('community.yourComment')} value={comment} onChangeText={setComment} multiline maxLength={10000} testID="comment-body" />
            <Button label={replyTo ? t('community.sendReply') : t('community.comment')} onPress={() => void send()} testID="send-comment" />
          </View>
        )}
      </Section>
    </Screen>
  )
}

function CommentView({ c, onReply }: { c: { id: string; body: string; createdAt: string; deleted: boolean; author: { displayName: string } }; onReply?: () => void }) {
  const { t, i18n } = useTranslation()
  return (
    <Card>
      <Muted style={type.small}>
        {c.author.displayName} · {formatDateTime(c.createdAt, i18n.language)}
      </Muted>
      <Text selectable>{c.deleted ? t('community.commentDeleted') : plainMarkdown(c.body)}</Text>
      {onReply ? <Button variant="quiet" label={t('community.reply')} a11yLabel={`${t('community.reply')}: ${c.author.displayName}`} onPress={onReply} style={{ alignSelf: 'flex-start' }} /> : null}
    </Card>
  )
}

const styles = StyleSheet.create({
  reactions: { flexDirection: 'row', flexWrap: 'wrap', gap: space.s },
  reaction: {
    minHeight: TOUCH,
    flexDirection: 'row',
    alignItems: 'center',
    gap: space.xs,
    paddingHorizontal: space.m,
    borderRadius: 999,
    borderWidth: 1.5,
    borderColor: colors.lineStrong,
    backgroundColor: colors.surface,
  },
  reactionOn: { backgroundColor: colors.primary, borderColor: colors.primary },
  reply: { marginLeft: space.xl },
})
