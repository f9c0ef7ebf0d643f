/// How alike two paragraphs read, for aligning texts that share no paragraph ids (two
/// imported versions). A paragraph's profile is the multiset of its words and of its
/// pairs of adjacent words, hashed and sorted; the similarity is the Dice coefficient of
/// two profiles. Single words alone rate unrelated paragraphs of one resolution too close
/// (they all speak of “trafficking in persons”); word pairs alone punish a light edit
/// twice per changed word; together they keep a reworded paragraph well above an
/// unrelated one.
export type TextProfile = Int32Array

const wordPattern = /[\p{L}\p{N}]+/gu

function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h | 0
}

export function textProfile(text: string): TextProfile {
  const words = text.toLowerCase().match(wordPattern) ?? []
  const profile = new Int32Array(words.length * 2 - (words.length ? 1 : 0))
  for (let i = 0; i < words.length; i++) {
    profile[i] = hash(words[i])
    if (i > 0) profile[words.length + i - 1] = Math.imul(profile[i - 1] ^ 0x5bd1e995, 0x01000193) ^ profile[i]
  }
  return profile.sort()
}

/// Dice coefficient of two sorted profiles: 1 for the same words in any order of pairs,
/// 0 for nothing in common.
export function profileSimilarity(a: TextProfile, b: TextProfile): number {
  if (a.length + b.length === 0) return 1
  let i = 0, j = 0, shared = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { shared++; i++; j++ }
    else if (a[i] < b[j]) i++
    else j++
  }
  return (2 * shared) / (a.length + b.length)
}
