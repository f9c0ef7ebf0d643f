import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { splitRunTogether } from '../../../../shared/import/runTogether'
import { sourceLines } from '../../../../shared/import/sourceLines'

const corpus = (name: string) => readFileSync(new URL(`../../../corpus/${name}`, import.meta.url), 'utf8')
const split = (text: string) => splitRunTogether(sourceLines(text)).map(l => l.text)

describe('splitRunTogether', () => {
  it('cuts A/RES/62/30, run together on one line, into the heading’s lines, the organ line, 4 PPs, 2 OPs, the closing line and the job number', () => {
    expect(split(corpus('ga-62-30-fr-one-line-excerpt.txt')).map(t => t.slice(0, 40))).toEqual([
      'Nations Unies A/RES/62/30 Assemblée géné', 'Soixante-deuxième session Point 98 de l’',
      'Résolution adoptée par l’Assemblée génér', '[sur la base du rapport de la Première C',
      '62/30. Effets de l’emploi d’armes et de ', 'L’Assemblée générale,',
      'Guidée par les buts et principes énoncés', 'Résolue à promouvoir le multilatéralisme',
      'Convaincue que, l’humanité ayant davanta', 'Tenant compte des effets potentiellement',
      '1. Prie le Secrétaire général de sollici', '2. Décide d’inscrire à l’ordre du jour p',
      '61 e séance plénière 5 décembre 2007', '07-46558', '', 'Sélectionner le paragraphe cible3'
    ])
  })

  it.each([
    ['an organ line alone', 'The Security Council,\nRecalling its resolutions,', ['The Security Council,', 'Recalling its resolutions,']],
    ['a press release sentence about the Council', 'The Security Council, acting under Chapter VII, today decided', ['The Security Council, acting under Chapter VII, today decided']],
    ['a body whose numbers do not run on from 1: `paragraph 2. Decides` is no cut', 'El Consejo de Seguridad, Recordando su resolución 1, 1. Decide que el párrafo 3. Toma nota se aplica; 2. Pide',
      ['El Consejo de Seguridad,', 'Recordando su resolución 1,', '1. Decide que el párrafo 3. Toma nota se aplica;', '2. Pide']]
  ])('%s', (_, text, expected) => {
    expect(split(text)).toEqual(expected)
  })

  it('keeps each part on the line it came from', () => {
    const lines = splitRunTogether(sourceLines('Heading\nThe General Assembly, Recalling its resolution, 1. Decides.'))
    expect(lines.map(l => l.line)).toEqual([1, 2, 2, 2])
  })
})

describe('splitRunTogether: a page’s notes run together after its rule line', () => {
  it.each([
    ['numbers read before texts, as many texts as numbers (A/RES/72/298)', 'L’Assemblée générale, Consciente de ses résolutions, __________________ 1 2 A/72/633, A/72/633/Corr.1 et A/72/719. A/72/789/Add.2. 18-11315 (F) *1811315*',
      ['L’Assemblée générale,', 'Consciente de ses résolutions,', '__________________', '1 A/72/633, A/72/633/Corr.1 et A/72/719.', '2 A/72/789/Add.2.', '18-11315 (F) *1811315*']],
    ['more sentences than numbers: the notes left on one line', 'The General Assembly, Recalling its resolution, __________________ 1 2 See A/72/633. See para. 5. Ibid.',
      ['The General Assembly,', 'Recalling its resolution,', '__________________', '1 2 See A/72/633. See para. 5. Ibid.']]
  ])('%s', (_, text, expected) => {
    expect(split(text)).toEqual(expected)
  })
})
