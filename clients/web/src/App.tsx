import { lazy } from 'react'
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router'
import { useTranslation } from 'react-i18next'
import { AuthProvider, MeProvider, useAuth, useMe, useMeQuery } from './api/auth'
import { AnnouncerProvider } from './components/Announcer'
import { Layout } from './components/Layout'
import { Loading, QueryError } from './components/Status'
import { SignIn } from './screens/auth/SignIn'
import { AcceptInvitation } from './screens/auth/AcceptInvitation'
import { Profile } from './screens/account/Profile'
import { MyCohorts } from './screens/cohorts/MyCohorts'
import { CohortList } from './screens/cohorts/CohortList'
import { CohortPage } from './screens/cohorts/CohortPage'
import { AgendaView } from './screens/cohorts/AgendaView'
import { AgendaHistory } from './screens/cohorts/AgendaHistory'
import { NotFound } from './screens/NotFound'
import { CheckIn } from './screens/checkin/CheckIn'

// Screens beyond the agenda load when first opened: a participant's phone fetches less.
const CohortCreate = lazy(() => import('./screens/cohorts/CohortCreate').then((m) => ({ default: m.CohortCreate })))
const AgendaEditor = lazy(() => import('./screens/cohorts/AgendaEditor').then((m) => ({ default: m.AgendaEditor })))
const Enrollments = lazy(() => import('./screens/cohorts/Enrollments').then((m) => ({ default: m.Enrollments })))
const CohortSettings = lazy(() => import('./screens/cohorts/CohortSettings').then((m) => ({ default: m.CohortSettings })))
const SessionPage = lazy(() => import('./screens/cohorts/SessionPage').then((m) => ({ default: m.SessionPage })))
const People = lazy(() => import('./screens/admin/People').then((m) => ({ default: m.People })))
const Municipalities = lazy(() => import('./screens/admin/Municipalities').then((m) => ({ default: m.Municipalities })))
const Organisations = lazy(() => import('./screens/admin/Organisations').then((m) => ({ default: m.Organisations })))
const Modules = lazy(() => import('./screens/admin/Modules').then((m) => ({ default: m.Modules })))
const FeedbackPage = lazy(() => import('./screens/feedback/FeedbackPage').then((m) => ({ default: m.FeedbackPage })))
const MyInfluenceMap = lazy(() => import('./screens/influence/InfluenceMap').then((m) => ({ default: m.MyInfluenceMap })))
const PersonInfluenceMap = lazy(() => import('./screens/influence/InfluenceMap').then((m) => ({ default: m.PersonInfluenceMap })))
const FollowUps = lazy(() => import('./screens/followups/FollowUps').then((m) => ({ default: m.FollowUps })))
const MyPlans = lazy(() => import('./screens/plans/MyPlans').then((m) => ({ default: m.MyPlans })))
const PlanDetail = lazy(() => import('./screens/plans/PlanDetail').then((m) => ({ default: m.PlanDetail })))
const CohortPlans = lazy(() => import('./screens/plans/CohortPlans').then((m) => ({ default: m.CohortPlans })))
const CohortReport = lazy(() => import('./screens/report/CohortReport').then((m) => ({ default: m.CohortReport })))
const Outbox = lazy(() => import('./screens/admin/Outbox').then((m) => ({ default: m.Outbox })))
const ApiTokens = lazy(() => import('./screens/admin/ApiTokens').then((m) => ({ default: m.ApiTokens })))
const Webhooks = lazy(() => import('./screens/admin/Webhooks').then((m) => ({ default: m.Webhooks })))
const AuditLog = lazy(() => import('./screens/admin/AuditLog').then((m) => ({ default: m.AuditLog })))
const Feed = lazy(() => import('./screens/community/Feed').then((m) => ({ default: m.Feed })))
const NewPost = lazy(() => import('./screens/community/NewPost').then((m) => ({ default: m.NewPost })))
const PostPage = lazy(() => import('./screens/community/PostPage').then((m) => ({ default: m.PostPage })))
const ModerationQueue = lazy(() => import('./screens/community/ModerationQueue').then((m) => ({ default: m.ModerationQueue })))
const Notifications = lazy(() => import('./screens/community/Notifications').then((m) => ({ default: m.Notifications })))

/** The signed-in area: without a sign-in, off to the sign-in page (and back afterwards). */
function SignedIn() {
  const { session } = useAuth()
  const location = useLocation()
  const [{ data, fetching, error }, reexecute] = useMeQuery()
  const { t } = useTranslation()
  if (!session) return <Navigate to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`} replace />
  if (error) {
    return (
      <main id="main" className="centered">
        <QueryError error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      </main>
    )
  }
  if (fetching || !data?.me) {
    return (
      <main id="main" className="centered">
        <Loading label={t('common.loading')} />
      </main>
    )
  }
  return (
    <MeProvider me={data.me}>
      <Layout />
    </MeProvider>
  )
}

/** Programme staff start with every cohort, everyone else with their own. */
function Home() {
  const me = useMe()
  return me.role === 'ADMIN' ? <CohortList /> : <MyCohorts />
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/signin" element={<SignIn />} />
      <Route path="/invitation" element={<AcceptInvitation />} />
      <Route element={<SignedIn />}>
        <Route index element={<Home />} />
        <Route path="profile" element={<Profile />} />
        <Route path="cohorts" element={<CohortList />} />
        <Route path="cohorts/new" element={<CohortCreate />} />
        <Route path="cohorts/:cohortId" element={<CohortPage />}>
          <Route index element={<AgendaView />} />
          <Route path="agenda/edit" element={<AgendaEditor />} />
          <Route path="feedback" element={<FeedbackPage />} />
          <Route path="influence" element={<MyInfluenceMap />} />
          <Route path="influence/:personId" element={<PersonInfluenceMap />} />
          <Route path="plans" element={<CohortPlans />} />
          <Route path="follow-ups" element={<FollowUps />} />
          <Route path="report" element={<CohortReport />} />
          <Route path="history" element={<AgendaHistory />} />
          <Route path="people" element={<Enrollments />} />
          <Route path="settings" element={<CohortSettings />} />
        </Route>
        <Route path="cohorts/:cohortId/sessions/:sessionId" element={<SessionPage />} />
        <Route path="checkin" element={<CheckIn />} />
        <Route path="community" element={<Feed />} />
        <Route path="community/new" element={<NewPost />} />
        <Route path="community/posts/:postId" element={<PostPage />} />
        <Route path="community/moderation" element={<ModerationQueue />} />
        <Route path="notifications" element={<Notifications />} />
        <Route path="plans" element={<MyPlans />} />
        <Route path="plans/:planId" element={<PlanDetail />} />
        <Route path="people" element={<People />} />
        <Route path="modules" element={<Modules />} />
        <Route path="admin/municipalities" element={<Municipalities />} />
        <Route path="admin/organisations" element={<Organisations />} />
        <Route path="admin/outbox" element={<Outbox />} />
        <Route path="admin/tokens" element={<ApiTokens />} />
        <Route path="admin/webhooks" element={<Webhooks />} />
        <Route path="admin/audit" element={<AuditLog />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  )
}

export default function App() {
  return (
    <AnnouncerProvider>
      <AuthProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AuthProvider>
    </AnnouncerProvider>
  )
}
