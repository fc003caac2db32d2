import { useState } from 'react'
import { useMutation } from 'urql'
import { useTranslation } from 'react-i18next'
import type { ReactionKind } from '../../gql/graphql'
import { toAppError } from '../../api/errors'
import { useAnnounce } from '../../components/Announcer'
import { REACTION_KINDS, ReactDocument, UnreactDocument } from './communityQueries'

interface Props {
  targetId: string
  reactions: readonly { kind: ReactionKind; count: number }[]
  mine: readonly ReactionKind[]
  /** What is reacted to, for the buttons' names ("… on „title“"). */
  label: string
}

/** Toggle buttons, one per kind of reaction, with their counts. */
export function Reactions({ targetId, reactions, mine, label }: Props) {
  const { t } = useTranslation()
  const announce = useAnnounce()
  const [, react] = useMutation(ReactDocument)
  const [, unreact] = useMutation(UnreactDocument)
  const [busy, setBusy] = useState<ReactionKind | null>(null)
  const count = (k: ReactionKind) => reactions.find((r) => r.kind === k)?.count ?? 0
  const toggle = async (kind: ReactionKind) => {
    if (busy) return
    setBusy(kind)
    const on = mine.includes(kind)
    const result = await (on ? unreact : react)({ targetId, kind })
    setBusy(null)
    if (result.error) announce(toAppError(result.error, t('errors.network')).message, true)
    else announce(on ? t('community.reactionRemoved', { reaction: t(`enums.ReactionKind.${kind}`) }) : t('community.reactionAdded', { reaction: t(`enums.ReactionKind.${kind}`) }))
  }
  return (
    <div className="reactions" role="group" aria-label={t('community.reactionsOn', { label })}>
      {REACTION_KINDS.map((k) => (
        <button key={k} type="button" className="reaction" aria-pressed={mine.includes(k)} aria-disabled={busy !== null || undefined} onClick={() => toggle(k)}>
          {t(`enums.ReactionKind.${k}`)} <span className="reaction-count">{count(k)}</span>
        </button>
      ))}
    </div>
  )
}
