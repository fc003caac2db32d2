// Runs after the test framework is installed (so the library's automatic cleanup still registers).
import { configure } from '@testing-library/react-native'

// findBy*/waitFor give up after 1 s by default; a loaded CI machine needs longer to settle.
configure({ asyncUtilTimeout: 10000 })
