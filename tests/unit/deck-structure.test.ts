import { beforeAll, describe, expect, it } from 'vitest'
import { type DeckSlide, loadDeck } from '../deck'

let slides: DeckSlide[]
beforeAll(async () => {
  slides = await loadDeck()
})

describe('the deck', () => {
  it('has speaker notes on every slide', () => {
    const missing = slides.filter(s => s.note.length === 0).map(s => `#${s.no} ${s.title} (${s.file})`)
    expect(missing, `slides without notes:\n${missing.join('\n')}`).toEqual([])
  })
})
