export { lexiconPhrase, opensParagraph, opensOperatively, openingPhraseLength, phraseSpelledBy, longestPhraseLetters } from './openingPhrases'
