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
    "\n  query MyCohorts {\n    me {\n      id\n      enrollments {\n        id\n        role\n        status\n        multiplier\n        cohort {\n          id\n          title\n          status\n          startsOn\n          endsOn\n          location\n          participantCount\n          municipalities {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyCohortsDocument,
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
    "\n  query FacilitatorRounds($id: ID!) {\n    cohort(id: $id) {\n      id\n      sessions {\n        id\n        title\n        day\n      }\n      feedbackRounds {\n        id\n        question\n        kind\n        anonymous\n        open\n        createdAt\n        closedAt\n        facilitatorAnswer\n        session {\n          id\n          title\n        }\n        summary {\n          count\n          averageRating\n          ratingCounts\n        }\n      }\n    }\n  }\n": typeof types.FacilitatorRoundsDocument,
    "\n  mutation OpenFeedbackRound($input: OpenFeedbackRoundInput!) {\n    openFeedbackRound(input: $input) {\n      id\n    }\n  }\n": typeof types.OpenFeedbackRoundDocument,
    "\n  mutation CloseFeedbackRound($id: ID!) {\n    closeFeedbackRound(id: $id) {\n      id\n      open\n      closedAt\n    }\n  }\n": typeof types.CloseFeedbackRoundDocument,
    "\n  mutation AnswerFeedbackRound($id: ID!, $answer: String!) {\n    answerFeedbackRound(id: $id, answer: $answer) {\n      id\n      facilitatorAnswer\n    }\n  }\n": typeof types.AnswerFeedbackRoundDocument,
    "\n  subscription FeedbackReceived($roundId: ID!) {\n    feedbackReceived(roundId: $roundId) {\n      count\n      averageRating\n      ratingCounts\n    }\n  }\n": typeof types.FeedbackReceivedDocument,
    "\n  query RoundResponses($id: ID!, $first: Int, $after: String) {\n    feedbackRound(id: $id) {\n      id\n      responses(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            rating\n            text\n            createdAt\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RoundResponsesDocument,
    "\n  mutation Respond($input: FeedbackResponseInput!) {\n    respond(input: $input) {\n      id\n      myResponse {\n        id\n        rating\n        text\n      }\n    }\n  }\n": typeof types.RespondDocument,
    "\n  query CohortFeedbackRounds($id: ID!) {\n    cohort(id: $id) {\n      id\n      feedbackRounds {\n        id\n        question\n        kind\n        anonymous\n        open\n        createdAt\n        closedAt\n        facilitatorAnswer\n        session {\n          id\n          title\n        }\n        myResponse {\n          id\n          rating\n          text\n        }\n      }\n    }\n  }\n": typeof types.CohortFeedbackRoundsDocument,
    "\n  query MyInfluenceMap($cohortId: ID!) {\n    me {\n      id\n      influenceAreas(cohortId: $cohortId) {\n        ...InfluenceAreaFields\n      }\n      influenceMapShared(cohortId: $cohortId)\n      influenceMapSvg(cohortId: $cohortId)\n    }\n  }\n": typeof types.MyInfluenceMapDocument,
    "\n  query PersonInfluenceMap($personId: ID!, $cohortId: ID!) {\n    person(id: $personId) {\n      id\n      displayName\n      influenceAreas(cohortId: $cohortId) {\n        ...InfluenceAreaFields\n      }\n      influenceMapSvg(cohortId: $cohortId)\n    }\n  }\n": typeof types.PersonInfluenceMapDocument,
    "\n  fragment InfluenceAreaFields on InfluenceArea {\n    id\n    circle\n    domain\n    description\n    stakeholders\n  }\n": typeof types.InfluenceAreaFieldsFragmentDoc,
    "\n  mutation AddInfluenceArea($input: InfluenceAreaInput!) {\n    addInfluenceArea(input: $input) {\n      id\n    }\n  }\n": typeof types.AddInfluenceAreaDocument,
    "\n  mutation UpdateInfluenceArea($id: ID!, $input: InfluenceAreaInput!) {\n    updateInfluenceArea(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateInfluenceAreaDocument,
    "\n  mutation RemoveInfluenceArea($id: ID!) {\n    removeInfluenceArea(id: $id)\n  }\n": typeof types.RemoveInfluenceAreaDocument,
    "\n  mutation ShareInfluenceMap($cohortId: ID!, $shared: Boolean!) {\n    shareInfluenceMap(cohortId: $cohortId, shared: $shared)\n  }\n": typeof types.ShareInfluenceMapDocument,
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
    "\n  query MyCohorts {\n    me {\n      id\n      enrollments {\n        id\n        role\n        status\n        multiplier\n        cohort {\n          id\n          title\n          status\n          startsOn\n          endsOn\n          location\n          participantCount\n          municipalities {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyCohortsDocument,
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
    "\n  query FacilitatorRounds($id: ID!) {\n    cohort(id: $id) {\n      id\n      sessions {\n        id\n        title\n        day\n      }\n      feedbackRounds {\n        id\n        question\n        kind\n        anonymous\n        open\n        createdAt\n        closedAt\n        facilitatorAnswer\n        session {\n          id\n          title\n        }\n        summary {\n          count\n          averageRating\n          ratingCounts\n        }\n      }\n    }\n  }\n": types.FacilitatorRoundsDocument,
    "\n  mutation OpenFeedbackRound($input: OpenFeedbackRoundInput!) {\n    openFeedbackRound(input: $input) {\n      id\n    }\n  }\n": types.OpenFeedbackRoundDocument,
    "\n  mutation CloseFeedbackRound($id: ID!) {\n    closeFeedbackRound(id: $id) {\n      id\n      open\n      closedAt\n    }\n  }\n": types.CloseFeedbackRoundDocument,
    "\n  mutation AnswerFeedbackRound($id: ID!, $answer: String!) {\n    answerFeedbackRound(id: $id, answer: $answer) {\n      id\n      facilitatorAnswer\n    }\n  }\n": types.AnswerFeedbackRoundDocument,
    "\n  subscription FeedbackReceived($roundId: ID!) {\n    feedbackReceived(roundId: $roundId) {\n      count\n      averageRating\n      ratingCounts\n    }\n  }\n": types.FeedbackReceivedDocument,
    "\n  query RoundResponses($id: ID!, $first: Int, $after: String) {\n    feedbackRound(id: $id) {\n      id\n      responses(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            rating\n            text\n            createdAt\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.RoundResponsesDocument,
    "\n  mutation Respond($input: FeedbackResponseInput!) {\n    respond(input: $input) {\n      id\n      myResponse {\n        id\n        rating\n        text\n      }\n    }\n  }\n": types.RespondDocument,
    "\n  query CohortFeedbackRounds($id: ID!) {\n    cohort(id: $id) {\n      id\n      feedbackRounds {\n        id\n        question\n        kind\n        anonymous\n        open\n        createdAt\n        closedAt\n        facilitatorAnswer\n        session {\n          id\n          title\n        }\n        myResponse {\n          id\n          rating\n          text\n        }\n      }\n    }\n  }\n": types.CohortFeedbackRoundsDocument,
    "\n  query MyInfluenceMap($cohortId: ID!) {\n    me {\n      id\n      influenceAreas(cohortId: $cohortId) {\n        ...InfluenceAreaFields\n      }\n      influenceMapShared(cohortId: $cohortId)\n      influenceMapSvg(cohortId: $cohortId)\n    }\n  }\n": types.MyInfluenceMapDocument,
    "\n  query PersonInfluenceMap($personId: ID!, $cohortId: ID!) {\n    person(id: $personId) {\n      id\n      displayName\n      influenceAreas(cohortId: $cohortId) {\n        ...InfluenceAreaFields\n      }\n      influenceMapSvg(cohortId: $cohortId)\n    }\n  }\n": types.PersonInfluenceMapDocument,
    "\n  fragment InfluenceAreaFields on InfluenceArea {\n    id\n    circle\n    domain\n    description\n    stakeholders\n  }\n": types.InfluenceAreaFieldsFragmentDoc,
    "\n  mutation AddInfluenceArea($input: InfluenceAreaInput!) {\n    addInfluenceArea(input: $input) {\n      id\n    }\n  }\n": types.AddInfluenceAreaDocument,
    "\n  mutation UpdateInfluenceArea($id: ID!, $input: InfluenceAreaInput!) {\n    updateInfluenceArea(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateInfluenceAreaDocument,
    "\n  mutation RemoveInfluenceArea($id: ID!) {\n    removeInfluenceArea(id: $id)\n  }\n": types.RemoveInfluenceAreaDocument,
    "\n  mutation ShareInfluenceMap($cohortId: ID!, $shared: Boolean!) {\n    shareInfluenceMap(cohortId: $cohortId, shared: $shared)\n  }\n": types.ShareInfluenceMapDocument,
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
export function graphql(source: "\n  query MyCohorts {\n    me {\n      id\n      enrollments {\n        id\n        role\n        status\n        multiplier\n        cohort {\n          id\n          title\n          status\n          startsOn\n          endsOn\n          location\n          participantCount\n          municipalities {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCohorts {\n    me {\n      id\n      enrollments {\n        id\n        role\n        status\n        multiplier\n        cohort {\n          id\n          title\n          status\n          startsOn\n          endsOn\n          location\n          participantCount\n          municipalities {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;