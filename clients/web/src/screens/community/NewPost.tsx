import { useNavigate, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import { useAction } from '../../api/useAction'
import { PageHeader } from '../../components/Page'
import { PostForm, emptyPost, postInput, type PostValues } from './PostForm'

const CreatePostDocument = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
    }
  }
`)

export function NewPost() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const { run, busy, error } = useAction(CreatePostDocument)
  const submit = async (v: PostValues) => {
    const data = await run({ input: postInput(v) }, t('community.published'))
    if (data) navigate(`/community/posts/${data.createPost.id}`, { replace: true })
  }
  return (
    <>
      <PageHeader title={t('community.newPost')} lead={t('community.newLead')} />
      <div className="card narrow">
        <PostForm initial={{ ...emptyPost, cohortId: params.get('cohort') ?? '' }} busy={busy} error={error} submitLabel={t('community.publish')} onSubmit={submit} />
      </div>
    </>
  )
}
