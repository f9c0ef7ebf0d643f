export { lexiconPhrase, opensParagraph, opensOperatively, openingPhraseLength } from './openingPhrases'
