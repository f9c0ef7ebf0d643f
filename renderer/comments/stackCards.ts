/// A card of the margin: the top it wants (level with its words) and its height, in CSS
/// pixels from the top of the margin.
export interface CardBox {
  readonly wanted: number
  readonly height: number
}

/// Tops for cards in reading order, each as near level with its words as the cards above
/// leave room for: a card starts no higher than it wants and at least `gap` below the one
/// before, so none overlap. Linear in the cards (Word's and Google Docs' margins behave
/// the same way: a crowded card slides down, never up past its words).
export function stackCards(cards: readonly CardBox[], gap: number): number[] {
  const tops: number[] = []
  let free = -Infinity
  for (const card of cards) {
    const top = Math.max(card.wanted, free)
    tops.push(top)
    free = top + card.height + gap
  }
  return tops
}
