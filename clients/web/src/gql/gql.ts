/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      pronouns\n      bio\n      role\n      locale\n      directoryVisible\n      municipality {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  mutation Refresh($refreshToken: String!) {\n    refresh(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n      person {\n        id\n      }\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation SetLocale($locale: Locale!) {\n    updateProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n": typeof types.SetLocaleDocument,
    "\n  query MunicipalityOptions($search: String) {\n    municipalities(first: 50, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          ags\n        }\n      }\n    }\n  }\n": typeof types.MunicipalityOptionsDocument,
    "\n  query OrganisationOptions($search: String, $municipalityId: ID) {\n    organisations(first: 50, search: $search, municipalityId: $municipalityId) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  query PersonOptions($search: String) {\n    people(first: 20, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          role\n          municipality {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonOptionsDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      pronouns\n      bio\n      locale\n      directoryVisible\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query CalendarUrl {\n    me {\n      id\n      calendarUrl\n    }\n  }\n": typeof types.CalendarUrlDocument,
    "\n  mutation ResetCalendarUrl {\n    resetCalendarUrl\n  }\n": typeof types.ResetCalendarUrlDocument,
    "\n  mutation ChangePassword($current: String!, $new: String!) {\n    changePassword(current: $current, new: $new)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input)\n  }\n": typeof types.InvitePersonDocument,
    "\n  query Modules($first: Int, $after: String, $kind: ModuleKind, $search: String, $includeArchived: Boolean) {\n    modules(first: $first, after: $after, kind: $kind, search: $search, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          kind\n          summary\n          description\n          durationMinutes\n          learningGoals\n          tags\n          archived\n          materials {\n            title\n            url\n          }\n        }\n      }\n    }\n  }\n": typeof types.ModulesDocument,
    "\n  mutation CreateModule($input: ModuleInput!) {\n    createModule(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateModuleDocument,
    "\n  mutation UpdateModule($id: ID!, $input: ModuleInput!) {\n    updateModule(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.UpdateModuleDocument,
    "\n  mutation ArchiveModule($id: ID!) {\n    archiveModule(id: $id) {\n      id\n      archived\n    }\n  }\n": typeof types.ArchiveModuleDocument,
    "\n  query Municipalities($first: Int, $after: String, $search: String) {\n    municipalities(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          ags\n          state\n          organisations {\n            id\n          }\n          cohorts(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.MunicipalitiesDocument,
    "\n  mutation CreateMunicipality($input: CreateMunicipalityInput!) {\n    createMunicipality(input: $input) {\n      id\n      name\n      ags\n    }\n  }\n": typeof types.CreateMunicipalityDocument,
    "\n  query Organisations($first: Int, $after: String, $search: String, $municipalityId: ID) {\n    organisations(first: $first, after: $after, search: $search, municipalityId: $municipalityId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          municipality {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  query Outbox($first: Int, $after: String, $pending: Boolean) {\n    outbox(first: $first, after: $after, pending: $pending) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          toAddress\n          kind\n          subject\n          body\n          dueAt\n          sentAt\n          attempts\n          lastError\n        }\n      }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  query People($first: Int, $after: String, $search: String, $municipalityId: ID) {\n    people(first: $first, after: $after, search: $search, municipalityId: $municipalityId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          pronouns\n          email\n          role\n          bio\n          municipality {\n            id\n            name\n          }\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  mutation SetRole($personId: ID!, $role: Role!) {\n    setRole(personId: $personId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.SetRoleDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      accessToken\n      refreshToken\n      expiresAt\n      person {\n        id\n        locale\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n      person {\n        id\n        displayName\n        locale\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation SelfCheckIn($code: String!) {\n    selfCheckIn(code: $code) {\n      present\n      person {\n        id\n      }\n    }\n  }\n": typeof types.SelfCheckInDocument,
    "\n  mutation OpenSelfCheckIn($sessionId: ID!, $validMinutes: Int) {\n    openSelfCheckIn(sessionId: $sessionId, validMinutes: $validMinutes) {\n      sessionId\n      code\n      expiresAt\n    }\n  }\n": typeof types.OpenSelfCheckInDocument,
    "\n  query AgendaChanges($id: ID!) {\n    cohort(id: $id) {\n      id\n      agendaChanges {\n        id\n        fromDay\n        fromPosition\n        toDay\n        toPosition\n        reason\n        createdAt\n        by {\n          id\n          displayName\n        }\n        session {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.AgendaChangesDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateCohortDocument,
    "\n  query Cohorts($first: Int, $after: String, $status: CohortStatus) {\n    cohorts(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          startsOn\n          endsOn\n          location\n          participantCount\n          capacity\n          municipalities {\n            id\n            name\n          }\n          facilitators {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.CohortsDocument,
    "\n  query CohortSummary($id: ID!) {\n    cohort(id: $id) {\n      id\n      title\n      programme\n      description\n      status\n      startsOn\n      endsOn\n      location\n      capacity\n      participantCount\n      municipalities {\n        id\n        name\n      }\n      facilitators {\n        id\n        displayName\n        pronouns\n      }\n    }\n  }\n": typeof types.CohortSummaryDocument,
    "\n  mutation UpdateCohort($id: ID!, $input: UpdateCohortInput!) {\n    updateCohort(id: $id, input: $input) {\n      id\n      title\n      description\n      status\n      startsOn\n      endsOn\n      location\n      capacity\n      municipalities {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateCohortDocument,
    "\n  mutation AssignFacilitator($cohortId: ID!, $personId: ID!) {\n    assignFacilitator(cohortId: $cohortId, personId: $personId) {\n      id\n      facilitators {\n        id\n        displayName\n        pronouns\n      }\n    }\n  }\n": typeof types.AssignFacilitatorDocument,
    "\n  query CohortEnrollments($id: ID!, $first: Int, $after: String, $status: EnrollmentStatus) {\n    cohort(id: $id) {\n      id\n      enrollments(first: $first, after: $after, status: $status) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            status\n            multiplier\n            person {\n              id\n              displayName\n              pronouns\n              email\n              municipality {\n                id\n                name\n              }\n              organisation {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CohortEnrollmentsDocument,
    "\n  mutation UpdateEnrollment($id: ID!, $input: UpdateEnrollmentInput!) {\n    updateEnrollment(id: $id, input: $input) {\n      id\n      status\n      multiplier\n      role\n    }\n  }\n": typeof types.UpdateEnrollmentDocument,
    "\n  mutation Enroll($input: EnrollInput!) {\n    enroll(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.EnrollDocument,
    "\n  mutation MoveSession($input: MoveSessionInput!) {\n    moveSession(input: $input) {\n      id\n      day\n      position\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.MoveSessionDocument,
    "\n  query MyCohorts($today: Date!) {\n    me {\n      id\n      enrollments {\n        id\n        role\n        status\n        multiplier\n        cohort {\n          id\n          title\n          status\n          startsOn\n          endsOn\n          location\n          participantCount\n          municipalities {\n            id\n            name\n          }\n          sessions(day: $today) {\n            id\n            title\n            startsAt\n            endsAt\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyCohortsDocument,
    "\n  mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {\n    updateSession(id: $id, input: $input) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      notes\n    }\n  }\n": typeof types.UpdateSessionDocument,
    "\n  mutation RemoveSession($id: ID!) {\n    removeSession(id: $id)\n  }\n": typeof types.RemoveSessionDocument,
    "\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      id\n      day\n      position\n    }\n  }\n": typeof types.ScheduleSessionDocument,
    "\n  query ModuleChoices($search: String) {\n    modules(first: 50, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n          durationMinutes\n        }\n      }\n    }\n  }\n": typeof types.ModuleChoicesDocument,
    "\n  query SessionDetail($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      day\n      startsAt\n      endsAt\n      status\n      notes\n      module {\n        id\n        title\n        kind\n        summary\n        description\n        learningGoals\n        materials {\n          title\n          url\n        }\n      }\n      attendance {\n        present\n        person {\n          id\n        }\n      }\n      checkInCode {\n        code\n        expiresAt\n      }\n      cohort {\n        id\n        title\n        facilitators {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SessionDetailDocument,
    "\n  query SessionParticipants($cohortId: ID!, $first: Int, $after: String) {\n    cohort(id: $cohortId) {\n      id\n      enrollments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            status\n            person {\n              id\n              displayName\n              pronouns\n              municipality {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SessionParticipantsDocument,
    "\n  mutation RecordAttendance($sessionId: ID!, $personId: ID!, $present: Boolean!) {\n    recordAttendance(sessionId: $sessionId, personId: $personId, present: $present) {\n      present\n      person {\n        id\n      }\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  fragment AgendaSession on Session {\n    id\n    title\n    day\n    position\n    startsAt\n    endsAt\n    status\n    notes\n    module {\n      id\n      title\n      kind\n      summary\n      durationMinutes\n    }\n  }\n": typeof types.AgendaSessionFragmentDoc,
    "\n  query CohortAgenda($id: ID!) {\n    cohort(id: $id) {\n      id\n      sessions {\n        ...AgendaSession\n      }\n    }\n  }\n": typeof types.CohortAgendaDocument,
    "\n  subscription AgendaChanged($cohortId: ID!) {\n    agendaChanged(cohortId: $cohortId) {\n      ...AgendaSession\n    }\n  }\n": typeof types.AgendaChangedDocument,
    "\n  query Feed($first: Int, $after: String, $cohortId: ID, $kind: PostKind, $tag: String, $search: String, $networkOnly: Boolean) {\n    feed(first: $first, after: $after, cohortId: $cohortId, kind: $kind, tag: $tag, search: $search, networkOnly: $networkOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PostSummary\n        }\n      }\n    }\n  }\n": typeof types.FeedDocument,
    "\n  query FeedCohorts {\n    me {\n      id\n      enrollments {\n        id\n        status\n        cohort {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.FeedCohortsDocument,
    "\n  subscription PostAdded {\n    postAdded {\n      id\n      title\n      author {\n        id\n      }\n    }\n  }\n": typeof types.PostAddedDocument,
    "\n  query ModerationQueue($first: Int, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reason\n          createdAt\n          reporter {\n            id\n            displayName\n          }\n          post {\n            id\n            title\n            body\n            hidden\n            cohort {\n              id\n              title\n            }\n          }\n          comment {\n            id\n            body\n            hidden\n            author {\n              id\n              displayName\n            }\n            post {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  mutation ResolveReport($id: ID!) {\n    resolveReport(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n": typeof types.ResolveReportDocument,
    "\n  mutation HidePost($id: ID!) {\n    moderatePost(id: $id, hidden: true) {\n      id\n      hidden\n    }\n  }\n": typeof types.HidePostDocument,
    "\n  mutation HideComment($id: ID!) {\n    moderateComment(id: $id, hidden: true) {\n      id\n      hidden\n    }\n  }\n": typeof types.HideCommentDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          read\n          createdAt\n          actor {\n            id\n            displayName\n          }\n          post {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query PostCohorts {\n    me {\n      id\n      enrollments {\n        id\n        status\n        cohort {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.PostCohortsDocument,
    "\n  query PostPage($id: ID!, $first: Int, $after: String) {\n    post(id: $id) {\n      ...PostSummary\n      bodyHtml\n      cohort {\n        id\n        title\n        facilitators {\n          id\n        }\n      }\n      consultation {\n        case\n        question\n        shareable\n        resolvedAt\n        advisers {\n          id\n          displayName\n        }\n      }\n      comments(first: $first, after: $after, topLevelOnly: true) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...CommentFields\n            replies {\n              ...CommentFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PostPageDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    bodyHtml\n    hidden\n    deleted\n    createdAt\n    editedAt\n    author {\n      id\n      displayName\n    }\n    reactions {\n      kind\n      count\n    }\n    myReactions\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation EditPost($id: ID!, $input: EditPostInput!) {\n    editPost(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.EditPostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation ReportContent($targetId: ID!, $reason: String!) {\n    reportContent(targetId: $targetId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.ReportContentDocument,
    "\n  mutation ModeratePost($id: ID!, $hidden: Boolean, $locked: Boolean, $pinned: Boolean) {\n    moderatePost(id: $id, hidden: $hidden, locked: $locked, pinned: $pinned) {\n      id\n      hidden\n      locked\n      pinned\n    }\n  }\n": typeof types.ModeratePostDocument,
    "\n  mutation ModerateComment($id: ID!, $hidden: Boolean!) {\n    moderateComment(id: $id, hidden: $hidden) {\n      id\n      hidden\n    }\n  }\n": typeof types.ModerateCommentDocument,
    "\n  mutation ResolveConsultation($postId: ID!, $resolved: Boolean) {\n    resolveConsultation(postId: $postId, resolved: $resolved) {\n      id\n      consultation {\n        resolvedAt\n      }\n    }\n  }\n": typeof types.ResolveConsultationDocument,
    "\n  fragment PostSummary on Post {\n    id\n    kind\n    title\n    body\n    tags\n    pinned\n    locked\n    hidden\n    createdAt\n    editedAt\n    commentCount\n    author {\n      id\n      displayName\n    }\n    cohort {\n      id\n      title\n    }\n    reactions {\n      kind\n      count\n    }\n    myReactions\n    consultation {\n      resolvedAt\n    }\n  }\n": typeof types.PostSummaryFragmentDoc,
    "\n  mutation React($targetId: ID!, $kind: ReactionKind!) {\n    react(targetId: $targetId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n      }\n      myReactions\n    }\n  }\n": typeof types.ReactDocument,
    "\n  mutation Unreact($targetId: ID!, $kind: ReactionKind!) {\n    unreact(targetId: $targetId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n      }\n      myReactions\n    }\n  }\n": typeof types.UnreactDocument,
    "\n  query FacilitatorRounds($id: ID!) {\n    cohort(id: $id) {\n      id\n      sessions {\n        id\n        title\n        day\n      }\n      feedbackRounds {\n        id\n        question\n        kind\n        anonymous\n        open\n        createdAt\n        closedAt\n        facilitatorAnswer\n        session {\n          id\n          title\n        }\n        summary {\n          count\n          averageRating\n          ratingCounts\n        }\n      }\n    }\n  }\n": typeof types.FacilitatorRoundsDocument,
    "\n  mutation OpenFeedbackRound($input: OpenFeedbackRoundInput!) {\n    openFeedbackRound(input: $input) {\n      id\n    }\n  }\n": typeof types.OpenFeedbackRoundDocument,
    "\n  mutation CloseFeedbackRound($id: ID!) {\n    closeFeedbackRound(id: $id) {\n      id\n      open\n      closedAt\n    }\n  }\n": typeof types.CloseFeedbackRoundDocument,
    "\n  mutation AnswerFeedbackRound($id: ID!, $answer: String!) {\n    answerFeedbackRound(id: $id, answer: $answer) {\n      id\n      facilitatorAnswer\n    }\n  }\n": typeof types.AnswerFeedbackRoundDocument,
    "\n  subscription FeedbackReceived($roundId: ID!) {\n    feedbackReceived(roundId: $roundId) {\n      count\n      averageRating\n      ratingCounts\n    }\n  }\n": typeof types.FeedbackReceivedDocument,
    "\n  query RoundResponses($id: ID!, $first: Int, $after: String) {\n    feedbackRound(id: $id) {\n      id\n      responses(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            rating\n            text\n            createdAt\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RoundResponsesDocument,
    "\n  mutation Respond($input: FeedbackResponseInput!) {\n    respond(input: $input) {\n      id\n      myResponse {\n        id\n        rating\n        text\n      }\n    }\n  }\n": typeof types.RespondDocument,
    "\n  query CohortFeedbackRounds($id: ID!) {\n    cohort(id: $id) {\n      id\n      feedbackRounds {\n        id\n        question\n        kind\n        anonymous\n        open\n        createdAt\n        closedAt\n        facilitatorAnswer\n        session {\n          id\n          title\n        }\n        myResponse {\n          id\n          rating\n          text\n        }\n      }\n    }\n  }\n": typeof types.CohortFeedbackRoundsDocument,
    "\n  mutation SubmitCheckIn($input: CheckInInput!) {\n    submitCheckIn(input: $input) {\n      id\n      whatHappened\n      challenges\n      needsConsultation\n      createdAt\n      planUpdates {\n        id\n        status\n        note\n        plan {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n": typeof types.SubmitCheckInDocument,
    "\n  mutation ScheduleFollowUp($input: ScheduleFollowUpInput!) {\n    scheduleFollowUp(input: $input) {\n      id\n    }\n  }\n": typeof types.ScheduleFollowUpDocument,
    "\n  mutation UpdateFollowUp($id: ID!, $input: UpdateFollowUpInput!) {\n    updateFollowUp(id: $id, input: $input) {\n      ...FollowUpFields\n    }\n  }\n": typeof types.UpdateFollowUpDocument,
    "\n  query FollowUpCheckIns($id: ID!) {\n    followUp(id: $id) {\n      id\n      checkIns {\n        id\n        whatHappened\n        challenges\n        needsConsultation\n        createdAt\n        person {\n          id\n          displayName\n          municipality {\n            id\n            name\n          }\n        }\n        planUpdates {\n          id\n          status\n          note\n          plan {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.FollowUpCheckInsDocument,
    "\n  fragment FollowUpFields on FollowUp {\n    id\n    title\n    scheduledAt\n    durationMinutes\n    format\n    meetingUrl\n    location\n    agenda\n    status\n  }\n": typeof types.FollowUpFieldsFragmentDoc,
    "\n  query CohortFollowUps($id: ID!) {\n    cohort(id: $id) {\n      id\n      followUps {\n        ...FollowUpFields\n        myCheckIn {\n          id\n          whatHappened\n          challenges\n          needsConsultation\n          createdAt\n          planUpdates {\n            id\n            status\n            note\n            plan {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CohortFollowUpsDocument,
    "\n  query MyPlansInCohort {\n    me {\n      id\n      plans(first: 100) {\n        edges {\n          node {\n            id\n            title\n            status\n            cohort {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyPlansInCohortDocument,
    "\n  query MyInfluenceMap($cohortId: ID!) {\n    me {\n      id\n      influenceAreas(cohortId: $cohortId) {\n        ...InfluenceAreaFields\n      }\n      influenceMapShared(cohortId: $cohortId)\n      influenceMapSvg(cohortId: $cohortId)\n    }\n  }\n": typeof types.MyInfluenceMapDocument,
    "\n  query PersonInfluenceMap($personId: ID!, $cohortId: ID!) {\n    person(id: $personId) {\n      id\n      displayName\n      influenceAreas(cohortId: $cohortId) {\n        ...InfluenceAreaFields\n      }\n      influenceMapSvg(cohortId: $cohortId)\n    }\n  }\n": typeof types.PersonInfluenceMapDocument,
    "\n  fragment InfluenceAreaFields on InfluenceArea {\n    id\n    circle\n    domain\n    description\n    stakeholders\n  }\n": typeof types.InfluenceAreaFieldsFragmentDoc,
    "\n  mutation AddInfluenceArea($input: InfluenceAreaInput!) {\n    addInfluenceArea(input: $input) {\n      id\n    }\n  }\n": typeof types.AddInfluenceAreaDocument,
    "\n  mutation UpdateInfluenceArea($id: ID!, $input: InfluenceAreaInput!) {\n    updateInfluenceArea(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateInfluenceAreaDocument,
    "\n  mutation RemoveInfluenceArea($id: ID!) {\n    removeInfluenceArea(id: $id)\n  }\n": typeof types.RemoveInfluenceAreaDocument,
    "\n  mutation ShareInfluenceMap($cohortId: ID!, $shared: Boolean!) {\n    shareInfluenceMap(cohortId: $cohortId, shared: $shared)\n  }\n": typeof types.ShareInfluenceMapDocument,
    "\n  query CohortPlans($id: ID!, $first: Int, $after: String) {\n    cohort(id: $id) {\n      id\n      plans(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...PlanCard\n          }\n        }\n      }\n    }\n  }\n": typeof types.CohortPlansDocument,
    "\n  query MyPlans($first: Int, $after: String) {\n    me {\n      id\n      plans(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...PlanCard\n          }\n        }\n      }\n      multiplierActivities {\n        id\n        title\n        happenedOn\n        peopleReached\n        notes\n        cohort {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.MyPlansDocument,
    "\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePlanDocument,
    "\n  mutation RecordMultiplierActivity($input: MultiplierActivityInput!) {\n    recordMultiplierActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordMultiplierActivityDocument,
    "\n  query PlanDetail($id: ID!) {\n    plan(id: $id) {\n      ...PlanCard\n      createdAt\n      updates {\n        id\n        status\n        note\n        createdAt\n        author {\n          id\n          displayName\n        }\n        followUp {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.PlanDetailDocument,
    "\n  mutation AddPlanUpdate($input: PlanUpdateInput!) {\n    addPlanUpdate(input: $input) {\n      id\n      status\n      plan {\n        id\n        status\n      }\n    }\n  }\n": typeof types.AddPlanUpdateDocument,
    "\n  mutation UpdatePlan($id: ID!, $input: UpdatePlanInput!) {\n    updatePlan(id: $id, input: $input) {\n      ...PlanCard\n    }\n  }\n": typeof types.UpdatePlanDocument,
    "\n  query MyCohortChoices {\n    me {\n      id\n      enrollments {\n        id\n        status\n        cohort {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.MyCohortChoicesDocument,
    "\n  fragment PlanCard on Plan {\n    id\n    title\n    description\n    scale\n    status\n    visibility\n    targetDate\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    cohort {\n      id\n      title\n    }\n  }\n": typeof types.PlanCardFragmentDoc,
    "\n  query CohortReport($id: ID!) {\n    cohort(id: $id) {\n      id\n      report {\n        participants\n        completed\n        withdrawn\n        byMunicipality {\n          key\n          count\n        }\n        byOrganisationKind {\n          key\n          count\n        }\n        sessionsHeld\n        averageAttendance\n        averageFeedbackRating\n        plans\n        plansDone\n        plansInProgress\n        multiplierActivities\n        peopleReached\n        checkInRate\n      }\n    }\n  }\n": typeof types.CohortReportDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      pronouns\n      bio\n      role\n      locale\n      directoryVisible\n      municipality {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  mutation Refresh($refreshToken: String!) {\n    refresh(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n      person {\n        id\n      }\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation SetLocale($locale: Locale!) {\n    updateProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n": types.SetLocaleDocument,
    "\n  query MunicipalityOptions($search: String) {\n    municipalities(first: 50, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          ags\n        }\n      }\n    }\n  }\n": types.MunicipalityOptionsDocument,
    "\n  query OrganisationOptions($search: String, $municipalityId: ID) {\n    organisations(first: 50, search: $search, municipalityId: $municipalityId) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrganisationOptionsDocument,
    "\n  query PersonOptions($search: String) {\n    people(first: 20, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          role\n          municipality {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PersonOptionsDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      pronouns\n      bio\n      locale\n      directoryVisible\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query CalendarUrl {\n    me {\n      id\n      calendarUrl\n    }\n  }\n": types.CalendarUrlDocument,
    "\n  mutation ResetCalendarUrl {\n    resetCalendarUrl\n  }\n": types.ResetCalendarUrlDocument,
    "\n  mutation ChangePassword($current: String!, $new: String!) {\n    changePassword(current: $current, new: $new)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input)\n  }\n": types.InvitePersonDocument,
    "\n  query Modules($first: Int, $after: String, $kind: ModuleKind, $search: String, $includeArchived: Boolean) {\n    modules(first: $first, after: $after, kind: $kind, search: $search, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          kind\n          summary\n          description\n          durationMinutes\n          learningGoals\n          tags\n          archived\n          materials {\n            title\n            url\n          }\n        }\n      }\n    }\n  }\n": types.ModulesDocument,
    "\n  mutation CreateModule($input: ModuleInput!) {\n    createModule(input: $input) {\n      id\n    }\n  }\n": types.CreateModuleDocument,
    "\n  mutation UpdateModule($id: ID!, $input: ModuleInput!) {\n    updateModule(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n": types.UpdateModuleDocument,
    "\n  mutation ArchiveModule($id: ID!) {\n    archiveModule(id: $id) {\n      id\n      archived\n    }\n  }\n": types.ArchiveModuleDocument,
    "\n  query Municipalities($first: Int, $after: String, $search: String) {\n    municipalities(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          ags\n          state\n          organisations {\n            id\n          }\n          cohorts(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": types.MunicipalitiesDocument,
    "\n  mutation CreateMunicipality($input: CreateMunicipalityInput!) {\n    createMunicipality(input: $input) {\n      id\n      name\n      ags\n    }\n  }\n": types.CreateMunicipalityDocument,
    "\n  query Organisations($first: Int, $after: String, $search: String, $municipalityId: ID) {\n    organisations(first: $first, after: $after, search: $search, municipalityId: $municipalityId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          municipality {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  query Outbox($first: Int, $after: String, $pending: Boolean) {\n    outbox(first: $first, after: $after, pending: $pending) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          toAddress\n          kind\n          subject\n          body\n          dueAt\n          sentAt\n          attempts\n          lastError\n        }\n      }\n    }\n  }\n": types.OutboxDocument,
    "\n  query People($first: Int, $after: String, $search: String, $municipalityId: ID) {\n    people(first: $first, after: $after, search: $search, municipalityId: $municipalityId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          pronouns\n          email\n          role\n          bio\n          municipality {\n            id\n            name\n          }\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  mutation SetRole($personId: ID!, $role: Role!) {\n    setRole(personId: $personId, role: $role) {\n      id\n      role\n    }\n  }\n": types.SetRoleDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      accessToken\n      refreshToken\n      expiresAt\n      person {\n        id\n        locale\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n      person {\n        id\n        displayName\n        locale\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation SelfCheckIn($code: String!) {\n    selfCheckIn(code: $code) {\n      present\n      person {\n        id\n      }\n    }\n  }\n": types.SelfCheckInDocument,
    "\n  mutation OpenSelfCheckIn($sessionId: ID!, $validMinutes: Int) {\n    openSelfCheckIn(sessionId: $sessionId, validMinutes: $validMinutes) {\n      sessionId\n      code\n      expiresAt\n    }\n  }\n": types.OpenSelfCheckInDocument,
    "\n  query AgendaChanges($id: ID!) {\n    cohort(id: $id) {\n      id\n      agendaChanges {\n        id\n        fromDay\n        fromPosition\n        toDay\n        toPosition\n        reason\n        createdAt\n        by {\n          id\n          displayName\n        }\n        session {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.AgendaChangesDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateCohortDocument,
    "\n  query Cohorts($first: Int, $after: String, $status: CohortStatus) {\n    cohorts(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          startsOn\n          endsOn\n          location\n          participantCount\n          capacity\n          municipalities {\n            id\n            name\n          }\n          facilitators {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.CohortsDocument,
    "\n  query CohortSummary($id: ID!) {\n    cohort(id: $id) {\n      id\n      title\n      programme\n      description\n      status\n      startsOn\n      endsOn\n      location\n      capacity\n      participantCount\n      municipalities {\n        id\n        name\n      }\n      facilitators {\n        id\n        displayName\n        pronouns\n      }\n    }\n  }\n": types.CohortSummaryDocument,
    "\n  mutation UpdateCohort($id: ID!, $input: UpdateCohortInput!) {\n    updateCohort(id: $id, input: $input) {\n      id\n      title\n      description\n      status\n      startsOn\n      endsOn\n      location\n      capacity\n      municipalities {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateCohortDocument,
    "\n  mutation AssignFacilitator($cohortId: ID!, $personId: ID!) {\n    assignFacilitator(cohortId: $cohortId, personId: $personId) {\n      id\n      facilitators {\n        id\n        displayName\n        pronouns\n      }\n    }\n  }\n": types.AssignFacilitatorDocument,
    "\n  query CohortEnrollments($id: ID!, $first: Int, $after: String, $status: EnrollmentStatus) {\n    cohort(id: $id) {\n      id\n      enrollments(first: $first, after: $after, status: $status) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            status\n            multiplier\n            person {\n              id\n              displayName\n              pronouns\n              email\n              municipality {\n                id\n                name\n              }\n              organisation {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CohortEnrollmentsDocument,
    "\n  mutation UpdateEnrollment($id: ID!, $input: UpdateEnrollmentInput!) {\n    updateEnrollment(id: $id, input: $input) {\n      id\n      status\n      multiplier\n      role\n    }\n  }\n": types.UpdateEnrollmentDocument,
    "\n  mutation Enroll($input: EnrollInput!) {\n    enroll(input: $input) {\n      id\n      status\n    }\n  }\n": types.EnrollDocument,
    "\n  mutation MoveSession($input: MoveSessionInput!) {\n    moveSession(input: $input) {\n      id\n      day\n      position\n      startsAt\n      endsAt\n    }\n  }\n": types.MoveSessionDocument,
    "\n  query MyCohorts($today: Date!) {\n    me {\n      id\n      enrollments {\n        id\n        role\n        status\n        multiplier\n        cohort {\n          id\n          title\n          status\n          startsOn\n          endsOn\n          location\n          participantCount\n          municipalities {\n            id\n            name\n          }\n          sessions(day: $today) {\n            id\n            title\n            startsAt\n            endsAt\n            status\n          }\n        }\n      }\n    }\n  }\n": types.MyCohortsDocument,
    "\n  mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {\n    updateSession(id: $id, input: $input) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      notes\n    }\n  }\n": types.UpdateSessionDocument,
    "\n  mutation RemoveSession($id: ID!) {\n    removeSession(id: $id)\n  }\n": types.RemoveSessionDocument,
    "\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      id\n      day\n      position\n    }\n  }\n": types.ScheduleSessionDocument,
    "\n  query ModuleChoices($search: String) {\n    modules(first: 50, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n          durationMinutes\n        }\n      }\n    }\n  }\n": types.ModuleChoicesDocument,
    "\n  query SessionDetail($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      day\n      startsAt\n      endsAt\n      status\n      notes\n      module {\n        id\n        title\n        kind\n        summary\n        description\n        learningGoals\n        materials {\n          title\n          url\n        }\n      }\n      attendance {\n        present\n        person {\n          id\n        }\n      }\n      checkInCode {\n        code\n        expiresAt\n      }\n      cohort {\n        id\n        title\n        facilitators {\n          id\n        }\n      }\n    }\n  }\n": types.SessionDetailDocument,
    "\n  query SessionParticipants($cohortId: ID!, $first: Int, $after: String) {\n    cohort(id: $cohortId) {\n      id\n      enrollments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            status\n            person {\n              id\n              displayName\n              pronouns\n              municipality {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SessionParticipantsDocument,
    "\n  mutation RecordAttendance($sessionId: ID!, $personId: ID!, $present: Boolean!) {\n    recordAttendance(sessionId: $sessionId, personId: $personId, present: $present) {\n      present\n      person {\n        id\n      }\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  fragment AgendaSession on Session {\n    id\n    title\n    day\n    position\n    startsAt\n    endsAt\n    status\n    notes\n    module {\n      id\n      title\n      kind\n      summary\n      durationMinutes\n    }\n  }\n": types.AgendaSessionFragmentDoc,
    "\n  query CohortAgenda($id: ID!) {\n    cohort(id: $id) {\n      id\n      sessions {\n        ...AgendaSession\n      }\n    }\n  }\n": types.CohortAgendaDocument,
    "\n  subscription AgendaChanged($cohortId: ID!) {\n    agendaChanged(cohortId: $cohortId) {\n      ...AgendaSession\n    }\n  }\n": types.AgendaChangedDocument,
    "\n  query Feed($first: Int, $after: String, $cohortId: ID, $kind: PostKind, $tag: String, $search: String, $networkOnly: Boolean) {\n    feed(first: $first, after: $after, cohortId: $cohortId, kind: $kind, tag: $tag, search: $search, networkOnly: $networkOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PostSummary\n        }\n      }\n    }\n  }\n": types.FeedDocument,
    "\n  query FeedCohorts {\n    me {\n      id\n      enrollments {\n        id\n        status\n        cohort {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.FeedCohortsDocument,
    "\n  subscription PostAdded {\n    postAdded {\n      id\n      title\n      author {\n        id\n      }\n    }\n  }\n": types.PostAddedDocument,
    "\n  query ModerationQueue($first: Int, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reason\n          createdAt\n          reporter {\n            id\n            displayName\n          }\n          post {\n            id\n            title\n            body\n            hidden\n            cohort {\n              id\n              title\n            }\n          }\n          comment {\n            id\n            body\n            hidden\n            author {\n              id\n              displayName\n            }\n            post {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  mutation ResolveReport($id: ID!) {\n    resolveReport(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n": types.ResolveReportDocument,
    "\n  mutation HidePost($id: ID!) {\n    moderatePost(id: $id, hidden: true) {\n      id\n      hidden\n    }\n  }\n": types.HidePostDocument,
    "\n  mutation HideComment($id: ID!) {\n    moderateComment(id: $id, hidden: true) {\n      id\n      hidden\n    }\n  }\n": types.HideCommentDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n": types.CreatePostDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          read\n          createdAt\n          actor {\n            id\n            displayName\n          }\n          post {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query PostCohorts {\n    me {\n      id\n      enrollments {\n        id\n        status\n        cohort {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.PostCohortsDocument,
    "\n  query PostPage($id: ID!, $first: Int, $after: String) {\n    post(id: $id) {\n      ...PostSummary\n      bodyHtml\n      cohort {\n        id\n        title\n        facilitators {\n          id\n        }\n      }\n      consultation {\n        case\n        question\n        shareable\n        resolvedAt\n        advisers {\n          id\n          displayName\n        }\n      }\n      comments(first: $first, after: $after, topLevelOnly: true) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...CommentFields\n            replies {\n              ...CommentFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PostPageDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    bodyHtml\n    hidden\n    deleted\n    createdAt\n    editedAt\n    author {\n      id\n      displayName\n    }\n    reactions {\n      kind\n      count\n    }\n    myReactions\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      id\n    }\n  }\n": types.CreateCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": types.DeleteCommentDocument,
    "\n  mutation EditPost($id: ID!, $input: EditPostInput!) {\n    editPost(id: $id, input: $input) {\n      id\n    }\n  }\n": types.EditPostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": types.DeletePostDocument,
    "\n  mutation ReportContent($targetId: ID!, $reason: String!) {\n    reportContent(targetId: $targetId, reason: $reason) {\n      id\n    }\n  }\n": types.ReportContentDocument,
    "\n  mutation ModeratePost($id: ID!, $hidden: Boolean, $locked: Boolean, $pinned: Boolean) {\n    moderatePost(id: $id, hidden: $hidden, locked: $locked, pinned: $pinned) {\n      id\n      hidden\n      locked\n      pinned\n    }\n  }\n": types.ModeratePostDocument,
    "\n  mutation ModerateComment($id: ID!, $hidden: Boolean!) {\n    moderateComment(id: $id, hidden: $hidden) {\n      id\n      hidden\n    }\n  }\n": types.ModerateCommentDocument,
    "\n  mutation ResolveConsultation($postId: ID!, $resolved: Boolean) {\n    resolveConsultation(postId: $postId, resolved: $resolved) {\n      id\n      consultation {\n        resolvedAt\n      }\n    }\n  }\n": types.ResolveConsultationDocument,
    "\n  fragment PostSummary on Post {\n    id\n    kind\n    title\n    body\n    tags\n    pinned\n    locked\n    hidden\n    createdAt\n    editedAt\n    commentCount\n    author {\n      id\n      displayName\n    }\n    cohort {\n      id\n      title\n    }\n    reactions {\n      kind\n      count\n    }\n    myReactions\n    consultation {\n      resolvedAt\n    }\n  }\n": types.PostSummaryFragmentDoc,
    "\n  mutation React($targetId: ID!, $kind: ReactionKind!) {\n    react(targetId: $targetId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n      }\n      myReactions\n    }\n  }\n": types.ReactDocument,
    "\n  mutation Unreact($targetId: ID!, $kind: ReactionKind!) {\n    unreact(targetId: $targetId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n      }\n      myReactions\n    }\n  }\n": types.UnreactDocument,
    "\n  query FacilitatorRounds($id: ID!) {\n    cohort(id: $id) {\n      id\n      sessions {\n        id\n        title\n        day\n      }\n      feedbackRounds {\n        id\n        question\n        kind\n        anonymous\n        open\n        createdAt\n        closedAt\n        facilitatorAnswer\n        session {\n          id\n          title\n        }\n        summary {\n          count\n          averageRating\n          ratingCounts\n        }\n      }\n    }\n  }\n": types.FacilitatorRoundsDocument,
    "\n  mutation OpenFeedbackRound($input: OpenFeedbackRoundInput!) {\n    openFeedbackRound(input: $input) {\n      id\n    }\n  }\n": types.OpenFeedbackRoundDocument,
    "\n  mutation CloseFeedbackRound($id: ID!) {\n    closeFeedbackRound(id: $id) {\n      id\n      open\n      closedAt\n    }\n  }\n": types.CloseFeedbackRoundDocument,
    "\n  mutation AnswerFeedbackRound($id: ID!, $answer: String!) {\n    answerFeedbackRound(id: $id, answer: $answer) {\n      id\n      facilitatorAnswer\n    }\n  }\n": types.AnswerFeedbackRoundDocument,
    "\n  subscription FeedbackReceived($roundId: ID!) {\n    feedbackReceived(roundId: $roundId) {\n      count\n      averageRating\n      ratingCounts\n    }\n  }\n": types.FeedbackReceivedDocument,
    "\n  query RoundResponses($id: ID!, $first: Int, $after: String) {\n    feedbackRound(id: $id) {\n      id\n      responses(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            rating\n            text\n            createdAt\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.RoundResponsesDocument,
    "\n  mutation Respond($input: FeedbackResponseInput!) {\n    respond(input: $input) {\n      id\n      myResponse {\n        id\n        rating\n        text\n      }\n    }\n  }\n": types.RespondDocument,
    "\n  query CohortFeedbackRounds($id: ID!) {\n    cohort(id: $id) {\n      id\n      feedbackRounds {\n        id\n        question\n        kind\n        anonymous\n        open\n        createdAt\n        closedAt\n        facilitatorAnswer\n        session {\n          id\n          title\n        }\n        myResponse {\n          id\n          rating\n          text\n        }\n      }\n    }\n  }\n": types.CohortFeedbackRoundsDocument,
    "\n  mutation SubmitCheckIn($input: CheckInInput!) {\n    submitCheckIn(input: $input) {\n      id\n      whatHappened\n      challenges\n      needsConsultation\n      createdAt\n      planUpdates {\n        id\n        status\n        note\n        plan {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n": types.SubmitCheckInDocument,
    "\n  mutation ScheduleFollowUp($input: ScheduleFollowUpInput!) {\n    scheduleFollowUp(input: $input) {\n      id\n    }\n  }\n": types.ScheduleFollowUpDocument,
    "\n  mutation UpdateFollowUp($id: ID!, $input: UpdateFollowUpInput!) {\n    updateFollowUp(id: $id, input: $input) {\n      ...FollowUpFields\n    }\n  }\n": types.UpdateFollowUpDocument,
    "\n  query FollowUpCheckIns($id: ID!) {\n    followUp(id: $id) {\n      id\n      checkIns {\n        id\n        whatHappened\n        challenges\n        needsConsultation\n        createdAt\n        person {\n          id\n          displayName\n          municipality {\n            id\n            name\n          }\n        }\n        planUpdates {\n          id\n          status\n          note\n          plan {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.FollowUpCheckInsDocument,
    "\n  fragment FollowUpFields on FollowUp {\n    id\n    title\n    scheduledAt\n    durationMinutes\n    format\n    meetingUrl\n    location\n    agenda\n    status\n  }\n": types.FollowUpFieldsFragmentDoc,
    "\n  query CohortFollowUps($id: ID!) {\n    cohort(id: $id) {\n      id\n      followUps {\n        ...FollowUpFields\n        myCheckIn {\n          id\n          whatHappened\n          challenges\n          needsConsultation\n          createdAt\n          planUpdates {\n            id\n            status\n            note\n            plan {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CohortFollowUpsDocument,
    "\n  query MyPlansInCohort {\n    me {\n      id\n      plans(first: 100) {\n        edges {\n          node {\n            id\n            title\n            status\n            cohort {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyPlansInCohortDocument,
    "\n  query MyInfluenceMap($cohortId: ID!) {\n    me {\n      id\n      influenceAreas(cohortId: $cohortId) {\n        ...InfluenceAreaFields\n      }\n      influenceMapShared(cohortId: $cohortId)\n      influenceMapSvg(cohortId: $cohortId)\n    }\n  }\n": types.MyInfluenceMapDocument,
    "\n  query PersonInfluenceMap($personId: ID!, $cohortId: ID!) {\n    person(id: $personId) {\n      id\n      displayName\n      influenceAreas(cohortId: $cohortId) {\n        ...InfluenceAreaFields\n      }\n      influenceMapSvg(cohortId: $cohortId)\n    }\n  }\n": types.PersonInfluenceMapDocument,
    "\n  fragment InfluenceAreaFields on InfluenceArea {\n    id\n    circle\n    domain\n    description\n    stakeholders\n  }\n": types.InfluenceAreaFieldsFragmentDoc,
    "\n  mutation AddInfluenceArea($input: InfluenceAreaInput!) {\n    addInfluenceArea(input: $input) {\n      id\n    }\n  }\n": types.AddInfluenceAreaDocument,
    "\n  mutation UpdateInfluenceArea($id: ID!, $input: InfluenceAreaInput!) {\n    updateInfluenceArea(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateInfluenceAreaDocument,
    "\n  mutation RemoveInfluenceArea($id: ID!) {\n    removeInfluenceArea(id: $id)\n  }\n": types.RemoveInfluenceAreaDocument,
    "\n  mutation ShareInfluenceMap($cohortId: ID!, $shared: Boolean!) {\n    shareInfluenceMap(cohortId: $cohortId, shared: $shared)\n  }\n": types.ShareInfluenceMapDocument,
    "\n  query CohortPlans($id: ID!, $first: Int, $after: String) {\n    cohort(id: $id) {\n      id\n      plans(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...PlanCard\n          }\n        }\n      }\n    }\n  }\n": types.CohortPlansDocument,
    "\n  query MyPlans($first: Int, $after: String) {\n    me {\n      id\n      plans(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...PlanCard\n          }\n        }\n      }\n      multiplierActivities {\n        id\n        title\n        happenedOn\n        peopleReached\n        notes\n        cohort {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.MyPlansDocument,
    "\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      id\n    }\n  }\n": types.CreatePlanDocument,
    "\n  mutation RecordMultiplierActivity($input: MultiplierActivityInput!) {\n    recordMultiplierActivity(input: $input) {\n      id\n    }\n  }\n": types.RecordMultiplierActivityDocument,
    "\n  query PlanDetail($id: ID!) {\n    plan(id: $id) {\n      ...PlanCard\n      createdAt\n      updates {\n        id\n        status\n        note\n        createdAt\n        author {\n          id\n          displayName\n        }\n        followUp {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.PlanDetailDocument,
    "\n  mutation AddPlanUpdate($input: PlanUpdateInput!) {\n    addPlanUpdate(input: $input) {\n      id\n      status\n      plan {\n        id\n        status\n      }\n    }\n  }\n": types.AddPlanUpdateDocument,
    "\n  mutation UpdatePlan($id: ID!, $input: UpdatePlanInput!) {\n    updatePlan(id: $id, input: $input) {\n      ...PlanCard\n    }\n  }\n": types.UpdatePlanDocument,
    "\n  query MyCohortChoices {\n    me {\n      id\n      enrollments {\n        id\n        status\n        cohort {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.MyCohortChoicesDocument,
    "\n  fragment PlanCard on Plan {\n    id\n    title\n    description\n    scale\n    status\n    visibility\n    targetDate\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    cohort {\n      id\n      title\n    }\n  }\n": types.PlanCardFragmentDoc,
    "\n  query CohortReport($id: ID!) {\n    cohort(id: $id) {\n      id\n      report {\n        participants\n        completed\n        withdrawn\n        byMunicipality {\n          key\n          count\n        }\n        byOrganisationKind {\n          key\n          count\n        }\n        sessionsHeld\n        averageAttendance\n        averageFeedbackRating\n        plans\n        plansDone\n        plansInProgress\n        multiplierActivities\n        peopleReached\n        checkInRate\n      }\n    }\n  }\n": types.CohortReportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      pronouns\n      bio\n      role\n      locale\n      directoryVisible\n      municipality {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      email\n      pronouns\n      bio\n      role\n      locale\n      directoryVisible\n      municipality {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($refreshToken: String!) {\n    refresh(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n      person {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Refresh($refreshToken: String!) {\n    refresh(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n      person {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLocale($locale: Locale!) {\n    updateProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SetLocale($locale: Locale!) {\n    updateProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityOptions($search: String) {\n    municipalities(first: 50, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          ags\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityOptions($search: String) {\n    municipalities(first: 50, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          ags\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOptions($search: String, $municipalityId: ID) {\n    organisations(first: 50, search: $search, municipalityId: $municipalityId) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationOptions($search: String, $municipalityId: ID) {\n    organisations(first: 50, search: $search, municipalityId: $municipalityId) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonOptions($search: String) {\n    people(first: 20, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          role\n          municipality {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonOptions($search: String) {\n    people(first: 20, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          role\n          municipality {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      pronouns\n      bio\n      locale\n      directoryVisible\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      pronouns\n      bio\n      locale\n      directoryVisible\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarUrl {\n    me {\n      id\n      calendarUrl\n    }\n  }\n"): (typeof documents)["\n  query CalendarUrl {\n    me {\n      id\n      calendarUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetCalendarUrl {\n    resetCalendarUrl\n  }\n"): (typeof documents)["\n  mutation ResetCalendarUrl {\n    resetCalendarUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($current: String!, $new: String!) {\n    changePassword(current: $current, new: $new)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($current: String!, $new: String!) {\n    changePassword(current: $current, new: $new)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input)\n  }\n"): (typeof documents)["\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Modules($first: Int, $after: String, $kind: ModuleKind, $search: String, $includeArchived: Boolean) {\n    modules(first: $first, after: $after, kind: $kind, search: $search, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          kind\n          summary\n          description\n          durationMinutes\n          learningGoals\n          tags\n          archived\n          materials {\n            title\n            url\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Modules($first: Int, $after: String, $kind: ModuleKind, $search: String, $includeArchived: Boolean) {\n    modules(first: $first, after: $after, kind: $kind, search: $search, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          kind\n          summary\n          description\n          durationMinutes\n          learningGoals\n          tags\n          archived\n          materials {\n            title\n            url\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateModule($input: ModuleInput!) {\n    createModule(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateModule($input: ModuleInput!) {\n    createModule(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateModule($id: ID!, $input: ModuleInput!) {\n    updateModule(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateModule($id: ID!, $input: ModuleInput!) {\n    updateModule(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveModule($id: ID!) {\n    archiveModule(id: $id) {\n      id\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveModule($id: ID!) {\n    archiveModule(id: $id) {\n      id\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Municipalities($first: Int, $after: String, $search: String) {\n    municipalities(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          ags\n          state\n          organisations {\n            id\n          }\n          cohorts(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Municipalities($first: Int, $after: String, $search: String) {\n    municipalities(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          ags\n          state\n          organisations {\n            id\n          }\n          cohorts(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMunicipality($input: CreateMunicipalityInput!) {\n    createMunicipality(input: $input) {\n      id\n      name\n      ags\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMunicipality($input: CreateMunicipalityInput!) {\n    createMunicipality(input: $input) {\n      id\n      name\n      ags\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($first: Int, $after: String, $search: String, $municipalityId: ID) {\n    organisations(first: $first, after: $after, search: $search, municipalityId: $municipalityId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          municipality {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisations($first: Int, $after: String, $search: String, $municipalityId: ID) {\n    organisations(first: $first, after: $after, search: $search, municipalityId: $municipalityId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          municipality {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($first: Int, $after: String, $pending: Boolean) {\n    outbox(first: $first, after: $after, pending: $pending) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          toAddress\n          kind\n          subject\n          body\n          dueAt\n          sentAt\n          attempts\n          lastError\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Outbox($first: Int, $after: String, $pending: Boolean) {\n    outbox(first: $first, after: $after, pending: $pending) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          toAddress\n          kind\n          subject\n          body\n          dueAt\n          sentAt\n          attempts\n          lastError\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($first: Int, $after: String, $search: String, $municipalityId: ID) {\n    people(first: $first, after: $after, search: $search, municipalityId: $municipalityId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          pronouns\n          email\n          role\n          bio\n          municipality {\n            id\n            name\n          }\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($first: Int, $after: String, $search: String, $municipalityId: ID) {\n    people(first: $first, after: $after, search: $search, municipalityId: $municipalityId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          pronouns\n          email\n          role\n          bio\n          municipality {\n            id\n            name\n          }\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRole($personId: ID!, $role: Role!) {\n    setRole(personId: $personId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation SetRole($personId: ID!, $role: Role!) {\n    setRole(personId: $personId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      accessToken\n      refreshToken\n      expiresAt\n      person {\n        id\n        locale\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      accessToken\n      refreshToken\n      expiresAt\n      person {\n        id\n        locale\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n      person {\n        id\n        displayName\n        locale\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n      person {\n        id\n        displayName\n        locale\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SelfCheckIn($code: String!) {\n    selfCheckIn(code: $code) {\n      present\n      person {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SelfCheckIn($code: String!) {\n    selfCheckIn(code: $code) {\n      present\n      person {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenSelfCheckIn($sessionId: ID!, $validMinutes: Int) {\n    openSelfCheckIn(sessionId: $sessionId, validMinutes: $validMinutes) {\n      sessionId\n      code\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation OpenSelfCheckIn($sessionId: ID!, $validMinutes: Int) {\n    openSelfCheckIn(sessionId: $sessionId, validMinutes: $validMinutes) {\n      sessionId\n      code\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaChanges($id: ID!) {\n    cohort(id: $id) {\n      id\n      agendaChanges {\n        id\n        fromDay\n        fromPosition\n        toDay\n        toPosition\n        reason\n        createdAt\n        by {\n          id\n          displayName\n        }\n        session {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgendaChanges($id: ID!) {\n    cohort(id: $id) {\n      id\n      agendaChanges {\n        id\n        fromDay\n        fromPosition\n        toDay\n        toPosition\n        reason\n        createdAt\n        by {\n          id\n          displayName\n        }\n        session {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cohorts($first: Int, $after: String, $status: CohortStatus) {\n    cohorts(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          startsOn\n          endsOn\n          location\n          participantCount\n          capacity\n          municipalities {\n            id\n            name\n          }\n          facilitators {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cohorts($first: Int, $after: String, $status: CohortStatus) {\n    cohorts(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          startsOn\n          endsOn\n          location\n          participantCount\n          capacity\n          municipalities {\n            id\n            name\n          }\n          facilitators {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortSummary($id: ID!) {\n    cohort(id: $id) {\n      id\n      title\n      programme\n      description\n      status\n      startsOn\n      endsOn\n      location\n      capacity\n      participantCount\n      municipalities {\n        id\n        name\n      }\n      facilitators {\n        id\n        displayName\n        pronouns\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortSummary($id: ID!) {\n    cohort(id: $id) {\n      id\n      title\n      programme\n      description\n      status\n      startsOn\n      endsOn\n      location\n      capacity\n      participantCount\n      municipalities {\n        id\n        name\n      }\n      facilitators {\n        id\n        displayName\n        pronouns\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCohort($id: ID!, $input: UpdateCohortInput!) {\n    updateCohort(id: $id, input: $input) {\n      id\n      title\n      description\n      status\n      startsOn\n      endsOn\n      location\n      capacity\n      municipalities {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCohort($id: ID!, $input: UpdateCohortInput!) {\n    updateCohort(id: $id, input: $input) {\n      id\n      title\n      description\n      status\n      startsOn\n      endsOn\n      location\n      capacity\n      municipalities {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignFacilitator($cohortId: ID!, $personId: ID!) {\n    assignFacilitator(cohortId: $cohortId, personId: $personId) {\n      id\n      facilitators {\n        id\n        displayName\n        pronouns\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignFacilitator($cohortId: ID!, $personId: ID!) {\n    assignFacilitator(cohortId: $cohortId, personId: $personId) {\n      id\n      facilitators {\n        id\n        displayName\n        pronouns\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortEnrollments($id: ID!, $first: Int, $after: String, $status: EnrollmentStatus) {\n    cohort(id: $id) {\n      id\n      enrollments(first: $first, after: $after, status: $status) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            status\n            multiplier\n            person {\n              id\n              displayName\n              pronouns\n              email\n              municipality {\n                id\n                name\n              }\n              organisation {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortEnrollments($id: ID!, $first: Int, $after: String, $status: EnrollmentStatus) {\n    cohort(id: $id) {\n      id\n      enrollments(first: $first, after: $after, status: $status) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            status\n            multiplier\n            person {\n              id\n              displayName\n              pronouns\n              email\n              municipality {\n                id\n                name\n              }\n              organisation {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEnrollment($id: ID!, $input: UpdateEnrollmentInput!) {\n    updateEnrollment(id: $id, input: $input) {\n      id\n      status\n      multiplier\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEnrollment($id: ID!, $input: UpdateEnrollmentInput!) {\n    updateEnrollment(id: $id, input: $input) {\n      id\n      status\n      multiplier\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Enroll($input: EnrollInput!) {\n    enroll(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Enroll($input: EnrollInput!) {\n    enroll(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveSession($input: MoveSessionInput!) {\n    moveSession(input: $input) {\n      id\n      day\n      position\n      startsAt\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  mutation MoveSession($input: MoveSessionInput!) {\n    moveSession(input: $input) {\n      id\n      day\n      position\n      startsAt\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCohorts($today: Date!) {\n    me {\n      id\n      enrollments {\n        id\n        role\n        status\n        multiplier\n        cohort {\n          id\n          title\n          status\n          startsOn\n          endsOn\n          location\n          participantCount\n          municipalities {\n            id\n            name\n          }\n          sessions(day: $today) {\n            id\n            title\n            startsAt\n            endsAt\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCohorts($today: Date!) {\n    me {\n      id\n      enrollments {\n        id\n        role\n        status\n        multiplier\n        cohort {\n          id\n          title\n          status\n          startsOn\n          endsOn\n          location\n          participantCount\n          municipalities {\n            id\n            name\n          }\n          sessions(day: $today) {\n            id\n            title\n            startsAt\n            endsAt\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {\n    updateSession(id: $id, input: $input) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      notes\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {\n    updateSession(id: $id, input: $input) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      notes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSession($id: ID!) {\n    removeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveSession($id: ID!) {\n    removeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      id\n      day\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      id\n      day\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModuleChoices($search: String) {\n    modules(first: 50, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n          durationMinutes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModuleChoices($search: String) {\n    modules(first: 50, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n          durationMinutes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionDetail($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      day\n      startsAt\n      endsAt\n      status\n      notes\n      module {\n        id\n        title\n        kind\n        summary\n        description\n        learningGoals\n        materials {\n          title\n          url\n        }\n      }\n      attendance {\n        present\n        person {\n          id\n        }\n      }\n      checkInCode {\n        code\n        expiresAt\n      }\n      cohort {\n        id\n        title\n        facilitators {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionDetail($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      day\n      startsAt\n      endsAt\n      status\n      notes\n      module {\n        id\n        title\n        kind\n        summary\n        description\n        learningGoals\n        materials {\n          title\n          url\n        }\n      }\n      attendance {\n        present\n        person {\n          id\n        }\n      }\n      checkInCode {\n        code\n        expiresAt\n      }\n      cohort {\n        id\n        title\n        facilitators {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionParticipants($cohortId: ID!, $first: Int, $after: String) {\n    cohort(id: $cohortId) {\n      id\n      enrollments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            status\n            person {\n              id\n              displayName\n              pronouns\n              municipality {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionParticipants($cohortId: ID!, $first: Int, $after: String) {\n    cohort(id: $cohortId) {\n      id\n      enrollments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            status\n            person {\n              id\n              displayName\n              pronouns\n              municipality {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($sessionId: ID!, $personId: ID!, $present: Boolean!) {\n    recordAttendance(sessionId: $sessionId, personId: $personId, present: $present) {\n      present\n      person {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($sessionId: ID!, $personId: ID!, $present: Boolean!) {\n    recordAttendance(sessionId: $sessionId, personId: $personId, present: $present) {\n      present\n      person {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaSession on Session {\n    id\n    title\n    day\n    position\n    startsAt\n    endsAt\n    status\n    notes\n    module {\n      id\n      title\n      kind\n      summary\n      durationMinutes\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaSession on Session {\n    id\n    title\n    day\n    position\n    startsAt\n    endsAt\n    status\n    notes\n    module {\n      id\n      title\n      kind\n      summary\n      durationMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortAgenda($id: ID!) {\n    cohort(id: $id) {\n      id\n      sessions {\n        ...AgendaSession\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortAgenda($id: ID!) {\n    cohort(id: $id) {\n      id\n      sessions {\n        ...AgendaSession\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AgendaChanged($cohortId: ID!) {\n    agendaChanged(cohortId: $cohortId) {\n      ...AgendaSession\n    }\n  }\n"): (typeof documents)["\n  subscription AgendaChanged($cohortId: ID!) {\n    agendaChanged(cohortId: $cohortId) {\n      ...AgendaSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Feed($first: Int, $after: String, $cohortId: ID, $kind: PostKind, $tag: String, $search: String, $networkOnly: Boolean) {\n    feed(first: $first, after: $after, cohortId: $cohortId, kind: $kind, tag: $tag, search: $search, networkOnly: $networkOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PostSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Feed($first: Int, $after: String, $cohortId: ID, $kind: PostKind, $tag: String, $search: String, $networkOnly: Boolean) {\n    feed(first: $first, after: $after, cohortId: $cohortId, kind: $kind, tag: $tag, search: $search, networkOnly: $networkOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PostSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedCohorts {\n    me {\n      id\n      enrollments {\n        id\n        status\n        cohort {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedCohorts {\n    me {\n      id\n      enrollments {\n        id\n        status\n        cohort {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PostAdded {\n    postAdded {\n      id\n      title\n      author {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PostAdded {\n    postAdded {\n      id\n      title\n      author {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($first: Int, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reason\n          createdAt\n          reporter {\n            id\n            displayName\n          }\n          post {\n            id\n            title\n            body\n            hidden\n            cohort {\n              id\n              title\n            }\n          }\n          comment {\n            id\n            body\n            hidden\n            author {\n              id\n              displayName\n            }\n            post {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($first: Int, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reason\n          createdAt\n          reporter {\n            id\n            displayName\n          }\n          post {\n            id\n            title\n            body\n            hidden\n            cohort {\n              id\n              title\n            }\n          }\n          comment {\n            id\n            body\n            hidden\n            author {\n              id\n              displayName\n            }\n            post {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveReport($id: ID!) {\n    resolveReport(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveReport($id: ID!) {\n    resolveReport(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HidePost($id: ID!) {\n    moderatePost(id: $id, hidden: true) {\n      id\n      hidden\n    }\n  }\n"): (typeof documents)["\n  mutation HidePost($id: ID!) {\n    moderatePost(id: $id, hidden: true) {\n      id\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideComment($id: ID!) {\n    moderateComment(id: $id, hidden: true) {\n      id\n      hidden\n    }\n  }\n"): (typeof documents)["\n  mutation HideComment($id: ID!) {\n    moderateComment(id: $id, hidden: true) {\n      id\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          read\n          createdAt\n          actor {\n            id\n            displayName\n          }\n          post {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          read\n          createdAt\n          actor {\n            id\n            displayName\n          }\n          post {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostCohorts {\n    me {\n      id\n      enrollments {\n        id\n        status\n        cohort {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostCohorts {\n    me {\n      id\n      enrollments {\n        id\n        status\n        cohort {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostPage($id: ID!, $first: Int, $after: String) {\n    post(id: $id) {\n      ...PostSummary\n      bodyHtml\n      cohort {\n        id\n        title\n        facilitators {\n          id\n        }\n      }\n      consultation {\n        case\n        question\n        shareable\n        resolvedAt\n        advisers {\n          id\n          displayName\n        }\n      }\n      comments(first: $first, after: $after, topLevelOnly: true) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...CommentFields\n            replies {\n              ...CommentFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostPage($id: ID!, $first: Int, $after: String) {\n    post(id: $id) {\n      ...PostSummary\n      bodyHtml\n      cohort {\n        id\n        title\n        facilitators {\n          id\n        }\n      }\n      consultation {\n        case\n        question\n        shareable\n        resolvedAt\n        advisers {\n          id\n          displayName\n        }\n      }\n      comments(first: $first, after: $after, topLevelOnly: true) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...CommentFields\n            replies {\n              ...CommentFields\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    body\n    bodyHtml\n    hidden\n    deleted\n    createdAt\n    editedAt\n    author {\n      id\n      displayName\n    }\n    reactions {\n      kind\n      count\n    }\n    myReactions\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    body\n    bodyHtml\n    hidden\n    deleted\n    createdAt\n    editedAt\n    author {\n      id\n      displayName\n    }\n    reactions {\n      kind\n      count\n    }\n    myReactions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPost($id: ID!, $input: EditPostInput!) {\n    editPost(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EditPost($id: ID!, $input: EditPostInput!) {\n    editPost(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportContent($targetId: ID!, $reason: String!) {\n    reportContent(targetId: $targetId, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReportContent($targetId: ID!, $reason: String!) {\n    reportContent(targetId: $targetId, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModeratePost($id: ID!, $hidden: Boolean, $locked: Boolean, $pinned: Boolean) {\n    moderatePost(id: $id, hidden: $hidden, locked: $locked, pinned: $pinned) {\n      id\n      hidden\n      locked\n      pinned\n    }\n  }\n"): (typeof documents)["\n  mutation ModeratePost($id: ID!, $hidden: Boolean, $locked: Boolean, $pinned: Boolean) {\n    moderatePost(id: $id, hidden: $hidden, locked: $locked, pinned: $pinned) {\n      id\n      hidden\n      locked\n      pinned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerateComment($id: ID!, $hidden: Boolean!) {\n    moderateComment(id: $id, hidden: $hidden) {\n      id\n      hidden\n    }\n  }\n"): (typeof documents)["\n  mutation ModerateComment($id: ID!, $hidden: Boolean!) {\n    moderateComment(id: $id, hidden: $hidden) {\n      id\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveConsultation($postId: ID!, $resolved: Boolean) {\n    resolveConsultation(postId: $postId, resolved: $resolved) {\n      id\n      consultation {\n        resolvedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveConsultation($postId: ID!, $resolved: Boolean) {\n    resolveConsultation(postId: $postId, resolved: $resolved) {\n      id\n      consultation {\n        resolvedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostSummary on Post {\n    id\n    kind\n    title\n    body\n    tags\n    pinned\n    locked\n    hidden\n    createdAt\n    editedAt\n    commentCount\n    author {\n      id\n      displayName\n    }\n    cohort {\n      id\n      title\n    }\n    reactions {\n      kind\n      count\n    }\n    myReactions\n    consultation {\n      resolvedAt\n    }\n  }\n"): (typeof documents)["\n  fragment PostSummary on Post {\n    id\n    kind\n    title\n    body\n    tags\n    pinned\n    locked\n    hidden\n    createdAt\n    editedAt\n    commentCount\n    author {\n      id\n      displayName\n    }\n    cohort {\n      id\n      title\n    }\n    reactions {\n      kind\n      count\n    }\n    myReactions\n    consultation {\n      resolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation React($targetId: ID!, $kind: ReactionKind!) {\n    react(targetId: $targetId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n      }\n      myReactions\n    }\n  }\n"): (typeof documents)["\n  mutation React($targetId: ID!, $kind: ReactionKind!) {\n    react(targetId: $targetId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n      }\n      myReactions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unreact($targetId: ID!, $kind: ReactionKind!) {\n    unreact(targetId: $targetId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n      }\n      myReactions\n    }\n  }\n"): (typeof documents)["\n  mutation Unreact($targetId: ID!, $kind: ReactionKind!) {\n    unreact(targetId: $targetId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n      }\n      myReactions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilitatorRounds($id: ID!) {\n    cohort(id: $id) {\n      id\n      sessions {\n        id\n        title\n        day\n      }\n      feedbackRounds {\n        id\n        question\n        kind\n        anonymous\n        open\n        createdAt\n        closedAt\n        facilitatorAnswer\n        session {\n          id\n          title\n        }\n        summary {\n          count\n          averageRating\n          ratingCounts\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FacilitatorRounds($id: ID!) {\n    cohort(id: $id) {\n      id\n      sessions {\n        id\n        title\n        day\n      }\n      feedbackRounds {\n        id\n        question\n        kind\n        anonymous\n        open\n        createdAt\n        closedAt\n        facilitatorAnswer\n        session {\n          id\n          title\n        }\n        summary {\n          count\n          averageRating\n          ratingCounts\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenFeedbackRound($input: OpenFeedbackRoundInput!) {\n    openFeedbackRound(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenFeedbackRound($input: OpenFeedbackRoundInput!) {\n    openFeedbackRound(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseFeedbackRound($id: ID!) {\n    closeFeedbackRound(id: $id) {\n      id\n      open\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CloseFeedbackRound($id: ID!) {\n    closeFeedbackRound(id: $id) {\n      id\n      open\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerFeedbackRound($id: ID!, $answer: String!) {\n    answerFeedbackRound(id: $id, answer: $answer) {\n      id\n      facilitatorAnswer\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerFeedbackRound($id: ID!, $answer: String!) {\n    answerFeedbackRound(id: $id, answer: $answer) {\n      id\n      facilitatorAnswer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FeedbackReceived($roundId: ID!) {\n    feedbackReceived(roundId: $roundId) {\n      count\n      averageRating\n      ratingCounts\n    }\n  }\n"): (typeof documents)["\n  subscription FeedbackReceived($roundId: ID!) {\n    feedbackReceived(roundId: $roundId) {\n      count\n      averageRating\n      ratingCounts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundResponses($id: ID!, $first: Int, $after: String) {\n    feedbackRound(id: $id) {\n      id\n      responses(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            rating\n            text\n            createdAt\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoundResponses($id: ID!, $first: Int, $after: String) {\n    feedbackRound(id: $id) {\n      id\n      responses(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            rating\n            text\n            createdAt\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Respond($input: FeedbackResponseInput!) {\n    respond(input: $input) {\n      id\n      myResponse {\n        id\n        rating\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Respond($input: FeedbackResponseInput!) {\n    respond(input: $input) {\n      id\n      myResponse {\n        id\n        rating\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortFeedbackRounds($id: ID!) {\n    cohort(id: $id) {\n      id\n      feedbackRounds {\n        id\n        question\n        kind\n        anonymous\n        open\n        createdAt\n        closedAt\n        facilitatorAnswer\n        session {\n          id\n          title\n        }\n        myResponse {\n          id\n          rating\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortFeedbackRounds($id: ID!) {\n    cohort(id: $id) {\n      id\n      feedbackRounds {\n        id\n        question\n        kind\n        anonymous\n        open\n        createdAt\n        closedAt\n        facilitatorAnswer\n        session {\n          id\n          title\n        }\n        myResponse {\n          id\n          rating\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCheckIn($input: CheckInInput!) {\n    submitCheckIn(input: $input) {\n      id\n      whatHappened\n      challenges\n      needsConsultation\n      createdAt\n      planUpdates {\n        id\n        status\n        note\n        plan {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCheckIn($input: CheckInInput!) {\n    submitCheckIn(input: $input) {\n      id\n      whatHappened\n      challenges\n      needsConsultation\n      createdAt\n      planUpdates {\n        id\n        status\n        note\n        plan {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleFollowUp($input: ScheduleFollowUpInput!) {\n    scheduleFollowUp(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleFollowUp($input: ScheduleFollowUpInput!) {\n    scheduleFollowUp(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFollowUp($id: ID!, $input: UpdateFollowUpInput!) {\n    updateFollowUp(id: $id, input: $input) {\n      ...FollowUpFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFollowUp($id: ID!, $input: UpdateFollowUpInput!) {\n    updateFollowUp(id: $id, input: $input) {\n      ...FollowUpFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpCheckIns($id: ID!) {\n    followUp(id: $id) {\n      id\n      checkIns {\n        id\n        whatHappened\n        challenges\n        needsConsultation\n        createdAt\n        person {\n          id\n          displayName\n          municipality {\n            id\n            name\n          }\n        }\n        planUpdates {\n          id\n          status\n          note\n          plan {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpCheckIns($id: ID!) {\n    followUp(id: $id) {\n      id\n      checkIns {\n        id\n        whatHappened\n        challenges\n        needsConsultation\n        createdAt\n        person {\n          id\n          displayName\n          municipality {\n            id\n            name\n          }\n        }\n        planUpdates {\n          id\n          status\n          note\n          plan {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpFields on FollowUp {\n    id\n    title\n    scheduledAt\n    durationMinutes\n    format\n    meetingUrl\n    location\n    agenda\n    status\n  }\n"): (typeof documents)["\n  fragment FollowUpFields on FollowUp {\n    id\n    title\n    scheduledAt\n    durationMinutes\n    format\n    meetingUrl\n    location\n    agenda\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortFollowUps($id: ID!) {\n    cohort(id: $id) {\n      id\n      followUps {\n        ...FollowUpFields\n        myCheckIn {\n          id\n          whatHappened\n          challenges\n          needsConsultation\n          createdAt\n          planUpdates {\n            id\n            status\n            note\n            plan {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortFollowUps($id: ID!) {\n    cohort(id: $id) {\n      id\n      followUps {\n        ...FollowUpFields\n        myCheckIn {\n          id\n          whatHappened\n          challenges\n          needsConsultation\n          createdAt\n          planUpdates {\n            id\n            status\n            note\n            plan {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlansInCohort {\n    me {\n      id\n      plans(first: 100) {\n        edges {\n          node {\n            id\n            title\n            status\n            cohort {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPlansInCohort {\n    me {\n      id\n      plans(first: 100) {\n        edges {\n          node {\n            id\n            title\n            status\n            cohort {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInfluenceMap($cohortId: ID!) {\n    me {\n      id\n      influenceAreas(cohortId: $cohortId) {\n        ...InfluenceAreaFields\n      }\n      influenceMapShared(cohortId: $cohortId)\n      influenceMapSvg(cohortId: $cohortId)\n    }\n  }\n"): (typeof documents)["\n  query MyInfluenceMap($cohortId: ID!) {\n    me {\n      id\n      influenceAreas(cohortId: $cohortId) {\n        ...InfluenceAreaFields\n      }\n      influenceMapShared(cohortId: $cohortId)\n      influenceMapSvg(cohortId: $cohortId)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonInfluenceMap($personId: ID!, $cohortId: ID!) {\n    person(id: $personId) {\n      id\n      displayName\n      influenceAreas(cohortId: $cohortId) {\n        ...InfluenceAreaFields\n      }\n      influenceMapSvg(cohortId: $cohortId)\n    }\n  }\n"): (typeof documents)["\n  query PersonInfluenceMap($personId: ID!, $cohortId: ID!) {\n    person(id: $personId) {\n      id\n      displayName\n      influenceAreas(cohortId: $cohortId) {\n        ...InfluenceAreaFields\n      }\n      influenceMapSvg(cohortId: $cohortId)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InfluenceAreaFields on InfluenceArea {\n    id\n    circle\n    domain\n    description\n    stakeholders\n  }\n"): (typeof documents)["\n  fragment InfluenceAreaFields on InfluenceArea {\n    id\n    circle\n    domain\n    description\n    stakeholders\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddInfluenceArea($input: InfluenceAreaInput!) {\n    addInfluenceArea(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddInfluenceArea($input: InfluenceAreaInput!) {\n    addInfluenceArea(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInfluenceArea($id: ID!, $input: InfluenceAreaInput!) {\n    updateInfluenceArea(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInfluenceArea($id: ID!, $input: InfluenceAreaInput!) {\n    updateInfluenceArea(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveInfluenceArea($id: ID!) {\n    removeInfluenceArea(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveInfluenceArea($id: ID!) {\n    removeInfluenceArea(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareInfluenceMap($cohortId: ID!, $shared: Boolean!) {\n    shareInfluenceMap(cohortId: $cohortId, shared: $shared)\n  }\n"): (typeof documents)["\n  mutation ShareInfluenceMap($cohortId: ID!, $shared: Boolean!) {\n    shareInfluenceMap(cohortId: $cohortId, shared: $shared)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortPlans($id: ID!, $first: Int, $after: String) {\n    cohort(id: $id) {\n      id\n      plans(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...PlanCard\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortPlans($id: ID!, $first: Int, $after: String) {\n    cohort(id: $id) {\n      id\n      plans(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...PlanCard\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlans($first: Int, $after: String) {\n    me {\n      id\n      plans(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...PlanCard\n          }\n        }\n      }\n      multiplierActivities {\n        id\n        title\n        happenedOn\n        peopleReached\n        notes\n        cohort {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPlans($first: Int, $after: String) {\n    me {\n      id\n      plans(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...PlanCard\n          }\n        }\n      }\n      multiplierActivities {\n        id\n        title\n        happenedOn\n        peopleReached\n        notes\n        cohort {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMultiplierActivity($input: MultiplierActivityInput!) {\n    recordMultiplierActivity(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMultiplierActivity($input: MultiplierActivityInput!) {\n    recordMultiplierActivity(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanDetail($id: ID!) {\n    plan(id: $id) {\n      ...PlanCard\n      createdAt\n      updates {\n        id\n        status\n        note\n        createdAt\n        author {\n          id\n          displayName\n        }\n        followUp {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanDetail($id: ID!) {\n    plan(id: $id) {\n      ...PlanCard\n      createdAt\n      updates {\n        id\n        status\n        note\n        createdAt\n        author {\n          id\n          displayName\n        }\n        followUp {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlanUpdate($input: PlanUpdateInput!) {\n    addPlanUpdate(input: $input) {\n      id\n      status\n      plan {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddPlanUpdate($input: PlanUpdateInput!) {\n    addPlanUpdate(input: $input) {\n      id\n      status\n      plan {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlan($id: ID!, $input: UpdatePlanInput!) {\n    updatePlan(id: $id, input: $input) {\n      ...PlanCard\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlan($id: ID!, $input: UpdatePlanInput!) {\n    updatePlan(id: $id, input: $input) {\n      ...PlanCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCohortChoices {\n    me {\n      id\n      enrollments {\n        id\n        status\n        cohort {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCohortChoices {\n    me {\n      id\n      enrollments {\n        id\n        status\n        cohort {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanCard on Plan {\n    id\n    title\n    description\n    scale\n    status\n    visibility\n    targetDate\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    cohort {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment PlanCard on Plan {\n    id\n    title\n    description\n    scale\n    status\n    visibility\n    targetDate\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    cohort {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortReport($id: ID!) {\n    cohort(id: $id) {\n      id\n      report {\n        participants\n        completed\n        withdrawn\n        byMunicipality {\n          key\n          count\n        }\n        byOrganisationKind {\n          key\n          count\n        }\n        sessionsHeld\n        averageAttendance\n        averageFeedbackRating\n        plans\n        plansDone\n        plansInProgress\n        multiplierActivities\n        peopleReached\n        checkInRate\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortReport($id: ID!) {\n    cohort(id: $id) {\n      id\n      report {\n        participants\n        completed\n        withdrawn\n        byMunicipality {\n          key\n          count\n        }\n        byOrganisationKind {\n          key\n          count\n        }\n        sessionsHeld\n        averageAttendance\n        averageFeedbackRating\n        plans\n        plansDone\n        plansInProgress\n        multiplierActivities\n        peopleReached\n        checkInRate\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;