import { useCallback, useEffect, useRef, useState } from 'react'
import { useSearchParams } from 'react-router'
import { useQuery, useSubscription } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import type { FacilitatorRoundsQuery, FeedbackKind } from '../../gql/graphql'
import { useAction } from '../../api/useAction'
import { useRefetchOnLiveConnect } from '../../api/auth'
import { useAnnounce } from '../../components/Announcer'
import { BarChart } from '../../components/BarChart'
import { CheckboxField, Form, SelectField, TextField } from '../../components/Form'
import { Pager, usePager } from '../../components/Pager'
import { Empty, Loading, QueryError } from '../../components/Status'
import { formatDateTime, formatDay } from '../../lib/datetime'
import { useCohort } from '../cohorts/CohortPage'
import { enumOptions } from '../cohorts/labels'
import { RATINGS } from './feedbackQueries'

const FacilitatorRoundsDocument = graphql(`
  query FacilitatorRounds($id: ID!) {
    cohort(id: $id) {
      id
      sessions {
        id
        title
        day
      }
      feedbackRounds {
        id
        question
        kind
        anonymous
        open
        createdAt
        closedAt
        facilitatorAnswer
        session {
          id
          title
        }
        summary {
          count
          averageRating
          ratingCounts
        }
      }
    }
  }
`)

const OpenFeedbackRoundDocument = graphql(`
  mutation OpenFeedbackRound($input: OpenFeedbackRoundInput!) {
    openFeedbackRound(input: $input) {
      id
    }
  }
`)

const CloseFeedbackRoundDocument = graphql(`
  mutation CloseFeedbackRound($id: ID!) {
    closeFeedbackRound(id: $id) {
      id
      open
      closedAt
    }
  }
`)

const AnswerFeedbackRoundDocument = graphql(`
  mutation AnswerFeedbackRound($id: ID!, $answer: String!) {
    answerFeedbackRound(id: $id, answer: $answer) {
      id
      facilitatorAnswer
    }
  }
`)

const FeedbackReceivedDocument = graphql(`
  subscription FeedbackReceived($roundId: ID!) {
    feedbackReceived(roundId: $roundId) {
      count
      averageRating
      ratingCounts
    }
  }
`)

const RoundResponsesDocument = graphql(`
  query RoundResponses($id: ID!, $first: Int, $after: String) {
    feedbackRound(id: $id) {
      id
      responses(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            rating
            text
            createdAt
            author {
              id
              displayName
            }
          }
        }
      }
    }
  }
`)

type Round = NonNullable<FacilitatorRoundsQuery['cohort']>['feedbackRounds'][number]
type Summary = Round['summary']
const KINDS = ['RATING_AND_TEXT', 'RATING', 'TEXT'] as const
const RESPONSES_PAGE = 10

export function FacilitatorFeedback() {
  const { t } = useTranslation()
  const { cohort } = useCohort()
  const [{ data, fetching, error }, reexecute] = useQuery({ query: FacilitatorRoundsDocument, variables: { id: cohort.id } })
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute])
  useRefetchOnLiveConnect(refresh)
  if (fetching && !data) return <Loading />
  if (error && !data) return <QueryError error={error} retry={refresh} />
  const rounds = data?.cohort?.feedbackRounds ?? []
  const open = rounds.filter((r) => r.open)
  const closed = rounds.filter((r) => !r.open)
  return (
    <div className="columns columns--wide">
      <div>
        <section aria-labelledby="live-rounds">
          <h2 id="live-rounds">{t('feedback.openRounds')}</h2>
          {open.length === 0 && <Empty>{t('feedback.noOpenRoundsFacilitator')}</Empty>}
          <div className="stack">
            {open.map((r) => (
              <RoundCard key={r.id} round={r} onChanged={refresh} />
            ))}
          </div>
        </section>
        {closed.length > 0 && (
          <section aria-labelledby="past-rounds">
            <h2 id="past-rounds">{t('feedback.closedRounds')}</h2>
            <div className="stack">
              {closed.map((r) => (
                <RoundCard key={r.id} round={r} onChanged={refresh} />
              ))}
            </div>
          </section>
        )}
      </div>
      <section className="card" aria-labelledby="new-round">
        <h2 id="new-round">{t('feedback.newRound')}</h2>
        <OpenRoundForm cohortId={cohort.id} sessions={data?.cohort?.sessions ?? []} onOpened={refresh} />
      </section>
    </div>
  )
}

function OpenRoundForm({ cohortId, sessions, onOpened }: { cohortId: string; sessions: { id: string; title: string; day: string }[]; onOpened(): void }) {
  const { t, i18n } = useTranslation()
  const [question, setQuestion] = useState('')
  const [kind, setKind] = useState<FeedbackKind>('RATING_AND_TEXT')
  const [anonymous, setAnonymous] = useState(true)
  // Coming from a session's page, the round is about that session.
  const [params] = useSearchParams()
  const [sessionId, setSessionId] = useState(params.get('session') ?? '')
  const { run, busy, error } = useAction(OpenFeedbackRoundDocument)
  const suggestions = [t('feedback.suggestion1'), t('feedback.suggestion2'), t('feedback.suggestion3')]
  const submit = async () => {
    const data = await run({ input: { cohortId, question: question.trim(), kind, anonymous, sessionId: sessionId || null } }, t('feedback.opened'))
    if (!data) return
    setQuestion('')
    onOpened()
  }
  return (
    <Form onSubmit={submit} busy={busy} submitLabel={t('feedback.open')} error={error}>
      <TextField label={t('feedback.question')} value={question} onChange={setQuestion} required multiline rows={2} error={error?.fields.question} />
      <div>
        <p className="hint" id="suggestions-label">
          {t('feedback.suggestions')}
        </p>
        <ul className="plain suggestion-list" aria-labelledby="suggestions-label">
          {suggestions.map((s) => (
            <li key={s}>
              <button type="button" className="button button--quiet" onClick={() => setQuestion(s)}>
                {s}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <SelectField label={t('feedback.kind')} value={kind} onChange={setKind} options={enumOptions(t, 'FeedbackKind', KINDS)} error={error?.fields.kind} />
      <SelectField
        label={t('feedback.session')}
        value={sessionId}
        onChange={setSessionId}
        options={[{ value: '', label: t('feedback.noSession') }, ...sessions.map((s) => ({ value: s.id, label: `${formatDay(s.day, i18n.language, 'numeric')} · ${s.title}` }))]}
        error={error?.fields.sessionId}
      />
      <CheckboxField label={t('feedback.anonymous')} hint={t('feedback.anonymousHint')} checked={anonymous} onChange={setAnonymous} />
    </Form>
  )
}

/** One round with its results; an open round's results follow every answer as it arrives. */
function RoundCard({ round, onChanged }: { round: Round; onChanged(): void }) {
  const { t, i18n } = useTranslation()
  const announce = useAnnounce()
  const [summary, setSummary] = useState<Summary>(round.summary)
  useEffect(() => setSummary(round.summary), [round.summary])
  const [live] = useSubscription({ query: FeedbackReceivedDocument, variables: { roundId: round.id }, pause: !round.open }, (_, event) => {
    setSummary(event.feedbackReceived)
    announce(t('feedback.answersLive', { count: event.feedbackReceived.count }))
    return event
  })
  const close = useAction(CloseFeedbackRoundDocument)
  const headingId = `round-${round.id}`
  const withheld = round.kind !== 'TEXT' && summary.count > 0 && summary.ratingCounts.length === 0

  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{round.question}</h3>
      <p className="muted small">
        {round.session ? `${round.session.title} · ` : ''}
        {t(`enums.FeedbackKind.${round.kind}`)} · {round.anonymous ? t('feedback.anonymousShort') : t('feedback.named')} · {t('feedback.openedAt', { at: formatDateTime(round.createdAt, i18n.language) })}
        {round.closedAt ? ` · ${t('feedback.closedAt', { at: formatDateTime(round.closedAt, i18n.language) })}` : ''}
      </p>
      <div className="round-stats" aria-live="off">
        <div>
          <span className="big-number" data-testid="answer-count">
            {summary.count}
          </span>
          <span>
            {round.open && !live.error && <span className="live-dot" aria-hidden="true" />}
            {t('feedback.answers', { count: summary.count })}
          </span>
        </div>
        {summary.averageRating != null && (
          <div>
            <span className="big-number">{summary.averageRating.toLocaleString(i18n.language, { maximumFractionDigits: 1 })}</span>
            <span>{t('feedback.average')}</span>
          </div>
        )}
      </div>
      {round.kind !== 'TEXT' && summary.ratingCounts.length > 0 && (
        <BarChart caption={t('feedback.distribution')} bars={RATINGS.map((n) => ({ label: `${n} – ${t(`feedback.scale.${n}`)}`, value: summary.ratingCounts[n - 1] ?? 0 }))} />
      )}
      {withheld && <p className="notice">{t('feedback.withheld')}</p>}
      {round.kind !== 'RATING' && summary.count > 0 && <Responses roundId={round.id} count={summary.count} />}
      <FacilitatorAnswer round={round} />
      {round.open && (
        <div className="card-actions">
          <button
            type="button"
            className="button"
            aria-disabled={close.busy || undefined}
            onClick={async () => {
              if (!close.busy && (await close.run({ id: round.id }, t('feedback.closed')))) onChanged()
            }}
          >
            {close.busy ? t('form.saving') : t('feedback.close')}
          </button>
        </div>
      )}
      {close.error && (
        <p className="notice notice--error" role="alert">
          {close.error.message}
        </p>
      )}
    </article>
  )
}

function Responses({ roundId, count }: { roundId: string; count: number }) {
  const { t, i18n } = useTranslation()
  const pager = usePager()
  const [{ data, error }, reexecute] = useQuery({ query: RoundResponsesDocument, variables: { id: roundId, first: RESPONSES_PAGE, after: pager.after } })
  const seen = useRef(count)
  // A new answer arrived: fetch the list again.
  useEffect(() => {
    if (seen.current !== count) {
      seen.current = count
      reexecute({ requestPolicy: 'network-only' })
    }
  }, [count, reexecute])
  const conn = data?.feedbackRound?.responses
  if (error) return <QueryError error={error} />
  if (!conn) return null
  const texts = conn.edges.map((e) => e.node).filter((r) => r.text)
  return (
    <details className="responses" open>
      <summary>{t('feedback.responses')}</summary>
      {texts.length === 0 ? (
        <p className="muted">{t('feedback.noTexts')}</p>
      ) : (
        <ul className="plain response-list">
          {texts.map((r) => (
            <li key={r.id}>
              <p className="quote">„{r.text}“</p>
              <p className="muted small">
                {r.rating ? `${t('feedback.ratingValue', { rating: r.rating })} · ` : ''}
                {r.author ? r.author.displayName : t('feedback.anonymousAuthor')} · {formatDateTime(r.createdAt, i18n.language)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pager pager={pager} pageInfo={conn.pageInfo} totalCount={conn.totalCount} shown={conn.edges.length} pageSize={RESPONSES_PAGE} label={t('feedback.responsePages')} />
    </details>
  )
}

function FacilitatorAnswer({ round }: { round: Round }) {
  const { t } = useTranslation()
  const [answer, setAnswer] = useState(round.facilitatorAnswer ?? '')
  const { run, busy, error } = useAction(AnswerFeedbackRoundDocument)
  return (
    <details className="facilitator-answer">
      <summary>{round.facilitatorAnswer ? t('feedback.editAnswer') : t('feedback.giveAnswer')}</summary>
      <Form onSubmit={() => run({ id: round.id, answer: answer.trim() }, t('feedback.answerSaved'))} busy={busy} submitLabel={t('feedback.saveAnswer')} error={error}>
        <TextField label={t('feedback.answerLabel')} hint={t('feedback.answerHint')} value={answer} onChange={setAnswer} multiline rows={3} error={error?.fields.answer} />
      </Form>
    </details>
  )
}
