import { useCallback, useState } from 'react'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import type { CohortFeedbackRoundsQuery } from '../../gql/graphql'
import { useAction } from '../../api/useAction'
import { Form, TextField } from '../../components/Form'
import { Empty, Loading, QueryError } from '../../components/Status'
import { formatDateTime } from '../../lib/datetime'
import { usePolling } from '../../lib/usePolling'
import { useCohort } from '../cohorts/CohortPage'
import { CohortFeedbackRoundsDocument, RATINGS } from './feedbackQueries'

const RespondDocument = graphql(`
  mutation Respond($input: FeedbackResponseInput!) {
    respond(input: $input) {
      id
      myResponse {
        id
        rating
        text
      }
    }
  }
`)

type Round = NonNullable<CohortFeedbackRoundsQuery['cohort']>['feedbackRounds'][number]

/** New rounds appear without a reload: the list is asked again every few seconds while visible. */
const POLL_MS = 10_000

export function ParticipantFeedback() {
  const { t } = useTranslation()
  const { cohort } = useCohort()
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CohortFeedbackRoundsDocument, variables: { id: cohort.id } })
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute])
  usePolling(refresh, POLL_MS)
  if (fetching && !data) return <Loading />
  if (error && !data) return <QueryError error={error} retry={refresh} />
  const rounds = data?.cohort?.feedbackRounds ?? []
  const open = rounds.filter((r) => r.open)
  const closed = rounds.filter((r) => !r.open)
  return (
    <>
      <section aria-labelledby="open-rounds">
        <h2 id="open-rounds">{t('feedback.openRounds')}</h2>
        {open.length === 0 && <Empty>{t('feedback.noOpenRounds')}</Empty>}
        <div className="stack">
          {open.map((r) => (
            <AnswerCard key={r.id} round={r} />
          ))}
        </div>
      </section>
      {closed.length > 0 && (
        <section aria-labelledby="closed-rounds">
          <h2 id="closed-rounds">{t('feedback.closedRounds')}</h2>
          <ul className="plain stack">
            {closed.map((r) => (
              <li key={r.id} className="card">
                <h3>{r.question}</h3>
                {r.myResponse && <p className="muted">{t('feedback.yourAnswer', { answer: describe(r.myResponse, t) })}</p>}
                {r.facilitatorAnswer ? (
                  <p>
                    <strong>{t('feedback.facilitatorAnswer')}:</strong> {r.facilitatorAnswer}
                  </p>
                ) : (
                  <p className="muted">{t('feedback.noFacilitatorAnswer')}</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}

function describe(response: { rating?: number | null; text?: string | null }, t: (k: string, o?: Record<string, unknown>) => string): string {
  return [response.rating ? t('feedback.ratingValue', { rating: response.rating }) : null, response.text ? `„${response.text}“` : null].filter(Boolean).join(' · ')
}

/** Two taps: a rating, then send. Text where the round asks for it. */
function AnswerCard({ round }: { round: Round }) {
  const { t, i18n } = useTranslation()
  const [rating, setRating] = useState<number | null>(round.myResponse?.rating ?? null)
  const [text, setText] = useState(round.myResponse?.text ?? '')
  const [localError, setLocalError] = useState<string | null>(null)
  const { run, busy, error } = useAction(RespondDocument)
  const asksRating = round.kind !== 'TEXT'
  const asksText = round.kind !== 'RATING'
  const headingId = `round-${round.id}`

  const submit = async () => {
    if (asksRating && rating === null) return setLocalError(t('feedback.chooseRating'))
    if (round.kind === 'TEXT' && !text.trim()) return setLocalError(t('feedback.writeSomething'))
    setLocalError(null)
    await run({ input: { roundId: round.id, rating: asksRating ? rating : null, text: asksText && text.trim() ? text.trim() : null } }, t('feedback.thanks'))
  }

  return (
    <article className="card feedback-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{round.question}</h3>
      <p className="muted small">
        {round.session ? `${round.session.title} · ` : ''}
        {round.anonymous ? t('feedback.anonymousNote') : t('feedback.namedNote')} · {formatDateTime(round.createdAt, i18n.language)}
      </p>
      {round.myResponse && (
        <p className="notice notice--success" role="status">
          {t('feedback.answered', { answer: describe(round.myResponse, t) })}
        </p>
      )}
      <Form
        onSubmit={submit}
        busy={busy}
        submitLabel={round.myResponse ? t('feedback.change') : t('feedback.send')}
        busyLabel={t('feedback.sending')}
        error={error ?? (localError ? { message: localError, code: null, fields: {} } : null)}
      >
        {asksRating && (
          <fieldset className="rating">
            <legend>{t('feedback.ratingLegend')}</legend>
            <div className="rating-options">
              {RATINGS.map((n) => (
                <label key={n} className={`rating-option${rating === n ? ' rating-option--chosen' : ''}`}>
                  <input type="radio" name={`rating-${round.id}`} value={n} checked={rating === n} onChange={() => setRating(n)} />
                  <span className="rating-n">{n}</span>
                  <span className="rating-label">{t(`feedback.scale.${n}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        )}
        {asksText && (
          <TextField
            label={round.kind === 'TEXT' ? t('feedback.textLabel') : t('feedback.textOptional')}
            value={text}
            onChange={setText}
            multiline
            rows={3}
            required={round.kind === 'TEXT'}
            error={error?.fields.text}
          />
        )}
      </Form>
      {round.facilitatorAnswer && (
        <p>
          <strong>{t('feedback.facilitatorAnswer')}:</strong> {round.facilitatorAnswer}
        </p>
      )}
    </article>
  )
}
