import '@testing-library/jest-dom/vitest'
import { afterEach } from 'vitest'
import { cleanup, configure } from '@testing-library/react'

// findBy*/waitFor give up after 1 s by default; a loaded CI machine needs longer to settle.
configure({ asyncUtilTimeout: 10000 })

afterEach(() => cleanup())
