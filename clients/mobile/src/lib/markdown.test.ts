import { plainMarkdown } from './markdown'

describe('plainMarkdown', () => {
  it('keeps the words and drops the marks', () => {
    expect(plainMarkdown('Wir haben **mehrsprachig** und *kursiv* `code` geschrieben')).toBe('Wir haben mehrsprachig und kursiv code geschrieben')
    expect(plainMarkdown('Siehe [Leitfaden](https://example.org/l)')).toBe('Siehe Leitfaden (https://example.org/l)')
    expect(plainMarkdown('## Titel\n- eins\n- zwei')).toBe('Titel\n• eins\n• zwei')
    expect(plainMarkdown('Gender*innen und Moderator*innen')).toBe('Gender*innen und Moderator*innen')
  })
})
