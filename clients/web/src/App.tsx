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
import { CohortCreate } from './screens/cohorts/CohortCreate'
import { CohortPage } from './screens/cohorts/CohortPage'
import { AgendaView } from './screens/cohorts/AgendaView'
import { AgendaEditor } from './screens/cohorts/AgendaEditor'
import { AgendaHistory } from './screens/cohorts/AgendaHistory'
import { Enrollments } from './screens/cohorts/Enrollments'
import { CohortSettings } from './screens/cohorts/CohortSettings'
import { SessionPage } from './screens/cohorts/SessionPage'
import { People } from './screens/admin/People'
import { Municipalities } from './screens/admin/Municipalities'
import { Organisations } from './screens/admin/Organisations'
import { Modules } from './screens/admin/Modules'
import { NotFound } from './screens/NotFound'
import { FeedbackPage } from './screens/feedback/FeedbackPage'
import { CheckIn } from './screens/checkin/CheckIn'
import { MyInfluenceMap, PersonInfluenceMap } from './screens/influence/InfluenceMap'
import { FollowUps } from './screens/followups/FollowUps'
import { MyPlans } from './screens/plans/MyPlans'
import { PlanDetail } from './screens/plans/PlanDetail'
import { CohortPlans } from './screens/plans/CohortPlans'
import { CohortReport } from './screens/report/CohortReport'
import { Outbox } from './screens/admin/Outbox'
import { ApiTokens } from './screens/admin/ApiTokens'
import { Webhooks } from './screens/admin/Webhooks'
import { AuditLog } from './screens/admin/AuditLog'
import { Feed } from './screens/community/Feed'
import { NewPost } from './screens/community/NewPost'
import { PostPage } from './screens/community/PostPage'
import { ModerationQueue } from './screens/community/ModerationQueue'
import { Notifications } from './screens/community/Notifications'

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
