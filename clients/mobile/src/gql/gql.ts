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
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n      person {\n        id\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Refresh($refreshToken: String!) {\n    refresh(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n      person {\n        id\n      }\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      pronouns\n      bio\n      role\n      locale\n      directoryVisible\n      municipality {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n      enrollments {\n        id\n        role\n        status\n        cohort {\n          id\n          title\n          status\n          startsOn\n          endsOn\n          location\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      pronouns\n      bio\n      locale\n      directoryVisible\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  fragment AgendaSession on Session {\n    id\n    title\n    day\n    position\n    startsAt\n    endsAt\n    status\n    notes\n    module {\n      id\n      kind\n      summary\n    }\n  }\n": typeof types.AgendaSessionFragmentDoc,
    "\n  query CohortAgenda($id: ID!) {\n    cohort(id: $id) {\n      id\n      title\n      location\n      sessions {\n        ...AgendaSession\n      }\n    }\n  }\n": typeof types.CohortAgendaDocument,
    "\n  subscription AgendaChanged($cohortId: ID!) {\n    agendaChanged(cohortId: $cohortId) {\n      ...AgendaSession\n    }\n  }\n": typeof types.AgendaChangedDocument,
    "\n  fragment OpenRound on FeedbackRound {\n    id\n    question\n    kind\n    anonymous\n    open\n    createdAt\n    facilitatorAnswer\n    session {\n      id\n      title\n    }\n    myResponse {\n      id\n      rating\n      text\n    }\n  }\n": typeof types.OpenRoundFragmentDoc,
    "\n  query OpenRounds($id: ID!) {\n    cohort(id: $id) {\n      id\n      feedbackRounds(open: true) {\n        ...OpenRound\n      }\n    }\n  }\n": typeof types.OpenRoundsDocument,
    "\n  subscription FeedbackRoundOpened($cohortId: ID!) {\n    feedbackRoundOpened(cohortId: $cohortId) {\n      ...OpenRound\n    }\n  }\n": typeof types.FeedbackRoundOpenedDocument,
    "\n  mutation Respond($input: FeedbackResponseInput!) {\n    respond(input: $input) {\n      id\n      myResponse {\n        id\n        rating\n        text\n      }\n    }\n  }\n": typeof types.RespondDocument,
    "\n  mutation SelfCheckIn($code: String!) {\n    selfCheckIn(code: $code) {\n      present\n      person {\n        id\n      }\n      session {\n        id\n        title\n      }\n    }\n  }\n": typeof types.SelfCheckInDocument,
    "\n  fragment PlanFields on Plan {\n    id\n    title\n    description\n    scale\n    status\n    visibility\n    targetDate\n    createdAt\n    updatedAt\n    cohort {\n      id\n      title\n    }\n    updates {\n      id\n      status\n      note\n      createdAt\n      author {\n        id\n      }\n    }\n  }\n": typeof types.PlanFieldsFragmentDoc,
    "\n  query MyPlans {\n    me {\n      id\n      plans(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...PlanFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyPlansDocument,
    "\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n": typeof types.CreatePlanDocument,
    "\n  mutation AddPlanUpdate($input: PlanUpdateInput!) {\n    addPlanUpdate(input: $input) {\n      id\n      status\n      note\n      createdAt\n      plan {\n        id\n        status\n      }\n    }\n  }\n": typeof types.AddPlanUpdateDocument,
    "\n  query FollowUps($id: ID!) {\n    cohort(id: $id) {\n      id\n      followUps {\n        id\n        title\n        scheduledAt\n        durationMinutes\n        format\n        meetingUrl\n        location\n        agenda\n        status\n        myCheckIn {\n          id\n          whatHappened\n          challenges\n          needsConsultation\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.FollowUpsDocument,
    "\n  mutation SubmitCheckIn($input: CheckInInput!) {\n    submitCheckIn(input: $input) {\n      id\n      createdAt\n    }\n  }\n": typeof types.SubmitCheckInDocument,
    "\n  fragment FeedPost on Post {\n    id\n    kind\n    title\n    body\n    tags\n    pinned\n    locked\n    createdAt\n    commentCount\n    author {\n      id\n      displayName\n      pronouns\n    }\n    cohort {\n      id\n      title\n    }\n    consultation {\n      resolvedAt\n    }\n    reactions {\n      kind\n      count\n    }\n    myReactions\n  }\n": typeof types.FeedPostFragmentDoc,
    "\n  query Feed($first: Int, $after: String, $cohortId: ID, $networkOnly: Boolean, $search: String) {\n    feed(first: $first, after: $after, cohortId: $cohortId, networkOnly: $networkOnly, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FeedPost\n        }\n      }\n    }\n  }\n": typeof types.FeedDocument,
    "\n  subscription PostAdded($cohortId: ID) {\n    postAdded(cohortId: $cohortId) {\n      ...FeedPost\n    }\n  }\n": typeof types.PostAddedDocument,
    "\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...FeedPost\n      consultation {\n        case\n        question\n        shareable\n        resolvedAt\n      }\n      comments(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            body\n            createdAt\n            deleted\n            hidden\n            author {\n              id\n              displayName\n            }\n            parent {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PostDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCommentDocument,
    "\n  mutation React($targetId: ID!, $kind: ReactionKind!) {\n    react(targetId: $targetId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n      }\n      myReactions\n    }\n  }\n": typeof types.ReactDocument,
    "\n  mutation Unreact($targetId: ID!, $kind: ReactionKind!) {\n    unreact(targetId: $targetId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n      }\n      myReactions\n    }\n  }\n": typeof types.UnreactDocument,
    "\n  query RecentPosts($cohortId: ID, $networkOnly: Boolean, $search: String) {\n    feed(first: 50, cohortId: $cohortId, networkOnly: $networkOnly, search: $search) {\n      edges {\n        node {\n          id\n          title\n          body\n          createdAt\n          author {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.RecentPostsDocument,
    "\n  query RecentComments($postId: ID!) {\n    post(id: $postId) {\n      id\n      comments(first: 100) {\n        edges {\n          node {\n            id\n            body\n            createdAt\n            author {\n              id\n            }\n            parent {\n              id\n            }\n            replies {\n              id\n              body\n              createdAt\n              author {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RecentCommentsDocument,
    "\n  query RecentPlans {\n    me {\n      id\n      plans(first: 50) {\n        edges {\n          node {\n            id\n            title\n            createdAt\n            updates {\n              id\n              status\n              note\n              createdAt\n              author {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RecentPlansDocument,
    "\n  mutation ResolveConsultation($postId: ID!, $resolved: Boolean) {\n    resolveConsultation(postId: $postId, resolved: $resolved) {\n      id\n      consultation {\n        case\n        question\n        shareable\n        resolvedAt\n      }\n    }\n  }\n": typeof types.ResolveConsultationDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n      person {\n        id\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Refresh($refreshToken: String!) {\n    refresh(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n      person {\n        id\n      }\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      pronouns\n      bio\n      role\n      locale\n      directoryVisible\n      municipality {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n      enrollments {\n        id\n        role\n        status\n        cohort {\n          id\n          title\n          status\n          startsOn\n          endsOn\n          location\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      pronouns\n      bio\n      locale\n      directoryVisible\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  fragment AgendaSession on Session {\n    id\n    title\n    day\n    position\n    startsAt\n    endsAt\n    status\n    notes\n    module {\n      id\n      kind\n      summary\n    }\n  }\n": types.AgendaSessionFragmentDoc,
    "\n  query CohortAgenda($id: ID!) {\n    cohort(id: $id) {\n      id\n      title\n      location\n      sessions {\n        ...AgendaSession\n      }\n    }\n  }\n": types.CohortAgendaDocument,
    "\n  subscription AgendaChanged($cohortId: ID!) {\n    agendaChanged(cohortId: $cohortId) {\n      ...AgendaSession\n    }\n  }\n": types.AgendaChangedDocument,
    "\n  fragment OpenRound on FeedbackRound {\n    id\n    question\n    kind\n    anonymous\n    open\n    createdAt\n    facilitatorAnswer\n    session {\n      id\n      title\n    }\n    myResponse {\n      id\n      rating\n      text\n    }\n  }\n": types.OpenRoundFragmentDoc,
    "\n  query OpenRounds($id: ID!) {\n    cohort(id: $id) {\n      id\n      feedbackRounds(open: true) {\n        ...OpenRound\n      }\n    }\n  }\n": types.OpenRoundsDocument,
    "\n  subscription FeedbackRoundOpened($cohortId: ID!) {\n    feedbackRoundOpened(cohortId: $cohortId) {\n      ...OpenRound\n    }\n  }\n": types.FeedbackRoundOpenedDocument,
    "\n  mutation Respond($input: FeedbackResponseInput!) {\n    respond(input: $input) {\n      id\n      myResponse {\n        id\n        rating\n        text\n      }\n    }\n  }\n": types.RespondDocument,
    "\n  mutation SelfCheckIn($code: String!) {\n    selfCheckIn(code: $code) {\n      present\n      person {\n        id\n      }\n      session {\n        id\n        title\n      }\n    }\n  }\n": types.SelfCheckInDocument,
    "\n  fragment PlanFields on Plan {\n    id\n    title\n    description\n    scale\n    status\n    visibility\n    targetDate\n    createdAt\n    updatedAt\n    cohort {\n      id\n      title\n    }\n    updates {\n      id\n      status\n      note\n      createdAt\n      author {\n        id\n      }\n    }\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  query MyPlans {\n    me {\n      id\n      plans(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...PlanFields\n          }\n        }\n      }\n    }\n  }\n": types.MyPlansDocument,
    "\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n": types.CreatePlanDocument,
    "\n  mutation AddPlanUpdate($input: PlanUpdateInput!) {\n    addPlanUpdate(input: $input) {\n      id\n      status\n      note\n      createdAt\n      plan {\n        id\n        status\n      }\n    }\n  }\n": types.AddPlanUpdateDocument,
    "\n  query FollowUps($id: ID!) {\n    cohort(id: $id) {\n      id\n      followUps {\n        id\n        title\n        scheduledAt\n        durationMinutes\n        format\n        meetingUrl\n        location\n        agenda\n        status\n        myCheckIn {\n          id\n          whatHappened\n          challenges\n          needsConsultation\n          createdAt\n        }\n      }\n    }\n  }\n": types.FollowUpsDocument,
    "\n  mutation SubmitCheckIn($input: CheckInInput!) {\n    submitCheckIn(input: $input) {\n      id\n      createdAt\n    }\n  }\n": types.SubmitCheckInDocument,
    "\n  fragment FeedPost on Post {\n    id\n    kind\n    title\n    body\n    tags\n    pinned\n    locked\n    createdAt\n    commentCount\n    author {\n      id\n      displayName\n      pronouns\n    }\n    cohort {\n      id\n      title\n    }\n    consultation {\n      resolvedAt\n    }\n    reactions {\n      kind\n      count\n    }\n    myReactions\n  }\n": types.FeedPostFragmentDoc,
    "\n  query Feed($first: Int, $after: String, $cohortId: ID, $networkOnly: Boolean, $search: String) {\n    feed(first: $first, after: $after, cohortId: $cohortId, networkOnly: $networkOnly, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FeedPost\n        }\n      }\n    }\n  }\n": types.FeedDocument,
    "\n  subscription PostAdded($cohortId: ID) {\n    postAdded(cohortId: $cohortId) {\n      ...FeedPost\n    }\n  }\n": types.PostAddedDocument,
    "\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...FeedPost\n      consultation {\n        case\n        question\n        shareable\n        resolvedAt\n      }\n      comments(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            body\n            createdAt\n            deleted\n            hidden\n            author {\n              id\n              displayName\n            }\n            parent {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PostDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      id\n    }\n  }\n": types.CreateCommentDocument,
    "\n  mutation React($targetId: ID!, $kind: ReactionKind!) {\n    react(targetId: $targetId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n      }\n      myReactions\n    }\n  }\n": types.ReactDocument,
    "\n  mutation Unreact($targetId: ID!, $kind: ReactionKind!) {\n    unreact(targetId: $targetId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n      }\n      myReactions\n    }\n  }\n": types.UnreactDocument,
    "\n  query RecentPosts($cohortId: ID, $networkOnly: Boolean, $search: String) {\n    feed(first: 50, cohortId: $cohortId, networkOnly: $networkOnly, search: $search) {\n      edges {\n        node {\n          id\n          title\n          body\n          createdAt\n          author {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.RecentPostsDocument,
    "\n  query RecentComments($postId: ID!) {\n    post(id: $postId) {\n      id\n      comments(first: 100) {\n        edges {\n          node {\n            id\n            body\n            createdAt\n            author {\n              id\n            }\n            parent {\n              id\n            }\n            replies {\n              id\n              body\n              createdAt\n              author {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.RecentCommentsDocument,
    "\n  query RecentPlans {\n    me {\n      id\n      plans(first: 50) {\n        edges {\n          node {\n            id\n            title\n            createdAt\n            updates {\n              id\n              status\n              note\n              createdAt\n              author {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.RecentPlansDocument,
    "\n  mutation ResolveConsultation($postId: ID!, $resolved: Boolean) {\n    resolveConsultation(postId: $postId, resolved: $resolved) {\n      id\n      consultation {\n        case\n        question\n        shareable\n        resolvedAt\n      }\n    }\n  }\n": types.ResolveConsultationDocument,
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
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n      person {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n      person {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($refreshToken: String!) {\n    refresh(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n      person {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Refresh($refreshToken: String!) {\n    refresh(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n      person {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      pronouns\n      bio\n      role\n      locale\n      directoryVisible\n      municipality {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n      enrollments {\n        id\n        role\n        status\n        cohort {\n          id\n          title\n          status\n          startsOn\n          endsOn\n          location\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      email\n      pronouns\n      bio\n      role\n      locale\n      directoryVisible\n      municipality {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n      enrollments {\n        id\n        role\n        status\n        cohort {\n          id\n          title\n          status\n          startsOn\n          endsOn\n          location\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      pronouns\n      bio\n      locale\n      directoryVisible\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      pronouns\n      bio\n      locale\n      directoryVisible\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaSession on Session {\n    id\n    title\n    day\n    position\n    startsAt\n    endsAt\n    status\n    notes\n    module {\n      id\n      kind\n      summary\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaSession on Session {\n    id\n    title\n    day\n    position\n    startsAt\n    endsAt\n    status\n    notes\n    module {\n      id\n      kind\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortAgenda($id: ID!) {\n    cohort(id: $id) {\n      id\n      title\n      location\n      sessions {\n        ...AgendaSession\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortAgenda($id: ID!) {\n    cohort(id: $id) {\n      id\n      title\n      location\n      sessions {\n        ...AgendaSession\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AgendaChanged($cohortId: ID!) {\n    agendaChanged(cohortId: $cohortId) {\n      ...AgendaSession\n    }\n  }\n"): (typeof documents)["\n  subscription AgendaChanged($cohortId: ID!) {\n    agendaChanged(cohortId: $cohortId) {\n      ...AgendaSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpenRound on FeedbackRound {\n    id\n    question\n    kind\n    anonymous\n    open\n    createdAt\n    facilitatorAnswer\n    session {\n      id\n      title\n    }\n    myResponse {\n      id\n      rating\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment OpenRound on FeedbackRound {\n    id\n    question\n    kind\n    anonymous\n    open\n    createdAt\n    facilitatorAnswer\n    session {\n      id\n      title\n    }\n    myResponse {\n      id\n      rating\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenRounds($id: ID!) {\n    cohort(id: $id) {\n      id\n      feedbackRounds(open: true) {\n        ...OpenRound\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenRounds($id: ID!) {\n    cohort(id: $id) {\n      id\n      feedbackRounds(open: true) {\n        ...OpenRound\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FeedbackRoundOpened($cohortId: ID!) {\n    feedbackRoundOpened(cohortId: $cohortId) {\n      ...OpenRound\n    }\n  }\n"): (typeof documents)["\n  subscription FeedbackRoundOpened($cohortId: ID!) {\n    feedbackRoundOpened(cohortId: $cohortId) {\n      ...OpenRound\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Respond($input: FeedbackResponseInput!) {\n    respond(input: $input) {\n      id\n      myResponse {\n        id\n        rating\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Respond($input: FeedbackResponseInput!) {\n    respond(input: $input) {\n      id\n      myResponse {\n        id\n        rating\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SelfCheckIn($code: String!) {\n    selfCheckIn(code: $code) {\n      present\n      person {\n        id\n      }\n      session {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SelfCheckIn($code: String!) {\n    selfCheckIn(code: $code) {\n      present\n      person {\n        id\n      }\n      session {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanFields on Plan {\n    id\n    title\n    description\n    scale\n    status\n    visibility\n    targetDate\n    createdAt\n    updatedAt\n    cohort {\n      id\n      title\n    }\n    updates {\n      id\n      status\n      note\n      createdAt\n      author {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlanFields on Plan {\n    id\n    title\n    description\n    scale\n    status\n    visibility\n    targetDate\n    createdAt\n    updatedAt\n    cohort {\n      id\n      title\n    }\n    updates {\n      id\n      status\n      note\n      createdAt\n      author {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlans {\n    me {\n      id\n      plans(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...PlanFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPlans {\n    me {\n      id\n      plans(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...PlanFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlanUpdate($input: PlanUpdateInput!) {\n    addPlanUpdate(input: $input) {\n      id\n      status\n      note\n      createdAt\n      plan {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddPlanUpdate($input: PlanUpdateInput!) {\n    addPlanUpdate(input: $input) {\n      id\n      status\n      note\n      createdAt\n      plan {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUps($id: ID!) {\n    cohort(id: $id) {\n      id\n      followUps {\n        id\n        title\n        scheduledAt\n        durationMinutes\n        format\n        meetingUrl\n        location\n        agenda\n        status\n        myCheckIn {\n          id\n          whatHappened\n          challenges\n          needsConsultation\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUps($id: ID!) {\n    cohort(id: $id) {\n      id\n      followUps {\n        id\n        title\n        scheduledAt\n        durationMinutes\n        format\n        meetingUrl\n        location\n        agenda\n        status\n        myCheckIn {\n          id\n          whatHappened\n          challenges\n          needsConsultation\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCheckIn($input: CheckInInput!) {\n    submitCheckIn(input: $input) {\n      id\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCheckIn($input: CheckInInput!) {\n    submitCheckIn(input: $input) {\n      id\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedPost on Post {\n    id\n    kind\n    title\n    body\n    tags\n    pinned\n    locked\n    createdAt\n    commentCount\n    author {\n      id\n      displayName\n      pronouns\n    }\n    cohort {\n      id\n      title\n    }\n    consultation {\n      resolvedAt\n    }\n    reactions {\n      kind\n      count\n    }\n    myReactions\n  }\n"): (typeof documents)["\n  fragment FeedPost on Post {\n    id\n    kind\n    title\n    body\n    tags\n    pinned\n    locked\n    createdAt\n    commentCount\n    author {\n      id\n      displayName\n      pronouns\n    }\n    cohort {\n      id\n      title\n    }\n    consultation {\n      resolvedAt\n    }\n    reactions {\n      kind\n      count\n    }\n    myReactions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Feed($first: Int, $after: String, $cohortId: ID, $networkOnly: Boolean, $search: String) {\n    feed(first: $first, after: $after, cohortId: $cohortId, networkOnly: $networkOnly, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FeedPost\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Feed($first: Int, $after: String, $cohortId: ID, $networkOnly: Boolean, $search: String) {\n    feed(first: $first, after: $after, cohortId: $cohortId, networkOnly: $networkOnly, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FeedPost\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PostAdded($cohortId: ID) {\n    postAdded(cohortId: $cohortId) {\n      ...FeedPost\n    }\n  }\n"): (typeof documents)["\n  subscription PostAdded($cohortId: ID) {\n    postAdded(cohortId: $cohortId) {\n      ...FeedPost\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...FeedPost\n      consultation {\n        case\n        question\n        shareable\n        resolvedAt\n      }\n      comments(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            body\n            createdAt\n            deleted\n            hidden\n            author {\n              id\n              displayName\n            }\n            parent {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...FeedPost\n      consultation {\n        case\n        question\n        shareable\n        resolvedAt\n      }\n      comments(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            body\n            createdAt\n            deleted\n            hidden\n            author {\n              id\n              displayName\n            }\n            parent {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      id\n    }\n  }\n"];
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
export function graphql(source: "\n  query RecentPosts($cohortId: ID, $networkOnly: Boolean, $search: String) {\n    feed(first: 50, cohortId: $cohortId, networkOnly: $networkOnly, search: $search) {\n      edges {\n        node {\n          id\n          title\n          body\n          createdAt\n          author {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecentPosts($cohortId: ID, $networkOnly: Boolean, $search: String) {\n    feed(first: 50, cohortId: $cohortId, networkOnly: $networkOnly, search: $search) {\n      edges {\n        node {\n          id\n          title\n          body\n          createdAt\n          author {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentComments($postId: ID!) {\n    post(id: $postId) {\n      id\n      comments(first: 100) {\n        edges {\n          node {\n            id\n            body\n            createdAt\n            author {\n              id\n            }\n            parent {\n              id\n            }\n            replies {\n              id\n              body\n              createdAt\n              author {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecentComments($postId: ID!) {\n    post(id: $postId) {\n      id\n      comments(first: 100) {\n        edges {\n          node {\n            id\n            body\n            createdAt\n            author {\n              id\n            }\n            parent {\n              id\n            }\n            replies {\n              id\n              body\n              createdAt\n              author {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentPlans {\n    me {\n      id\n      plans(first: 50) {\n        edges {\n          node {\n            id\n            title\n            createdAt\n            updates {\n              id\n              status\n              note\n              createdAt\n              author {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecentPlans {\n    me {\n      id\n      plans(first: 50) {\n        edges {\n          node {\n            id\n            title\n            createdAt\n            updates {\n              id\n              status\n              note\n              createdAt\n              author {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveConsultation($postId: ID!, $resolved: Boolean) {\n    resolveConsultation(postId: $postId, resolved: $resolved) {\n      id\n      consultation {\n        case\n        question\n        shareable\n        resolvedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveConsultation($postId: ID!, $resolved: Boolean) {\n    resolveConsultation(postId: $postId, resolved: $resolved) {\n      id\n      consultation {\n        case\n        question\n        shareable\n        resolvedAt\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;