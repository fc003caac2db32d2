import { useMemo } from 'react'
import { ActivityIndicator, StyleSheet, View } from 'react-native'
import { StatusBar } from 'expo-status-bar'
import { SafeAreaProvider } from 'react-native-safe-area-context'
import './src/i18n'
import { AppProvider, useApp } from './src/state/AppContext'
import { NavigationProvider, useNav, type Route, type Tab } from './src/navigation'
import { TabBar } from './src/ui/TabBar'
import { OutboxBar } from './src/ui/OutboxBar'
import { colors } from './src/ui/theme'
import { SignIn } from './src/screens/SignIn'
import { Today } from './src/screens/Today'
import { CheckIn } from './src/screens/CheckIn'
import { Feedback, RoundsProvider, useRounds } from './src/screens/Feedback'
import { Plans } from './src/screens/Plans'
import { PlanDetail } from './src/screens/PlanDetail'
import { NewPlan } from './src/screens/NewPlan'
import { FollowUp } from './src/screens/FollowUp'
import { Community } from './src/screens/Community'
import { PostDetail } from './src/screens/PostDetail'
import { NewPost } from './src/screens/NewPost'
import { Profile } from './src/screens/Profile'
import { Outbox } from './src/screens/Outbox'

function Current({ tab, route }: { tab: Tab; route: Route }) {
  switch (route.name) {
    case 'checkIn':
      return <CheckIn initialCode={route.code} />
    case 'plan':
      return <PlanDetail id={route.id} />
    case 'newPlan':
      return <NewPlan />
    case 'followUp':
      return <FollowUp id={route.id} />
    case 'post':
      return <PostDetail id={route.id} />
    case 'newPost':
      return <NewPost />
    case 'outbox':
      return <Outbox />
    default:
      break
  }
  switch (tab) {
    case 'feedback':
      return <Feedback />
    case 'plans':
      return <Plans />
    case 'community':
      return <Community />
    case 'profile':
      return <Profile />
    default:
      return <Today />
  }
}

function Shell() {
  const { status } = useApp()
  const { tab, route } = useNav()
  const rounds = useRounds()
  const badges = useMemo(() => ({ feedback: rounds.unanswered }), [rounds.unanswered])
  if (status === 'loading') {
    return (
      <View style={styles.center}>
        <ActivityIndicator color={colors.primary} size="large" />
      </View>
    )
  }
  if (status === 'signedOut') return <SignIn />
  return (
    <View style={styles.root}>
      <View style={styles.main} role="main">
        <Current tab={tab} route={route} />
      </View>
      <OutboxBar />
      <TabBar badges={badges} />
    </View>
  )
}

export default function App() {
  return (
    <SafeAreaProvider>
      <StatusBar style="light" />
      <AppProvider>
        <NavigationProvider>
          <RoundsProvider>
            <Shell />
          </RoundsProvider>
        </NavigationProvider>
      </AppProvider>
    </SafeAreaProvider>
  )
}

const styles = StyleSheet.create({
  root: { flex: 1, backgroundColor: colors.bg },
  main: { flex: 1 },
  center: { flex: 1, alignItems: 'center', justifyContent: 'center', backgroundColor: colors.bg },
})
