import { describe, expect, it } from 'vitest'
import { parseHeading } from '../../../../shared/import/heading'

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }))

describe('parseHeading', () => {
  it.each([
    ['an adopted Security Council resolution',
      'S/RES/2388 (2017)\nResolution 2388 (2017)\nAdopted by the Security Council at its 8111th meeting, on 21 November 2017',
      { symbol: 'S/RES/2388 (2017)', meeting: '8111th', date: '21 November 2017' }],
    ['a Security Council draft',
      'S/2017/983\nProvisional\n21 November 2017\nOriginal: English\n\nUnited States of America: draft resolution',
      { symbol: 'S/2017/983', distribution: 'Provisional', date: '21 November 2017', original: 'English', sponsors: 'United States of America' }],
    ['a text extraction that puts each block of the first page on one line',
      'United Nations\n\nGeneral Assembly Distr.: General 1 December 2025\n\nEightieth session Agenda item 62 Peacebuilding and sustaining peace\n\nResolution adopted by the General Assembly on 26 November 2025\n\n[without reference to a Main Committee (A/80/L.15)]\n\n80/11. 2025 review of the United Nations peacebuilding architecture',
      { symbol: 'A/RES/80/11', distribution: 'General', date: '26 November 2025', session: 'Eightieth session', agendaItem: '62', title: '2025 review of the United Nations peacebuilding architecture' }],
    ['an agenda sub-item with its title on the line', 'Eightieth session\nAgenda item 99 (f) General and complete disarmament:\n80/27. Regional disarmament',
      { symbol: 'A/RES/80/27', session: 'Eightieth session', agendaItem: '99 (f)', title: 'Regional disarmament' }],
    ['a draft whose sponsors run over several lines, marked for their note, under the agenda item’s title (A/80/L.25)',
      'United Nations \nA/80/L.25\nGeneral Assembly \nDistr.: Limited \n3 December 2025 \nOriginal: English \nEightieth session \nAgenda item 72 (a) \nStrengthening of the coordination of humanitarian and \ndisaster relief assistance of the United Nations \nArmenia, Austria, Belgium, \nNetherlands (Kingdom of the), New Zealand, \nUnited Kingdom of Great Britain and Northern Ireland and \nUruguay:* draft resolution \n Strengthening of the coordination of emergency humanitarian \nassistance of the United Nations ',
      { symbol: 'A/80/L.25', distribution: 'Limited', date: '3 December 2025', original: 'English', session: 'Eightieth session', agendaItem: '72 (a)',
        sponsors: 'Armenia, Austria, Belgium, Netherlands (Kingdom of the), New Zealand, United Kingdom of Great Britain and Northern Ireland and Uruguay',
        title: 'Strengthening of the coordination of emergency humanitarian assistance of the United Nations' }],
    ['an adopted General Assembly resolution',
      'A/RES/64/174\nResolution adopted by the General Assembly on 18 December 2009\n64/174. Strengthening the United Nations Crime Prevention and Criminal Justice Programme',
      { symbol: 'A/RES/64/174', date: '18 December 2009', title: 'Strengthening the United Nations Crime Prevention and Criminal Justice Programme' }],
    ['the first page of a PDF copy',
      'United Nations S/RES/2331 (2016)\nSecurity Council Distr.: General\n20 December 2016\nResolution 2331 (2016)\nAdopted by the Security Council at its 7847th meeting, on 20 December 2016',
      { symbol: 'S/RES/2331 (2016)', distribution: 'General', meeting: '7847th', date: '20 December 2016' }],
    ['a General Assembly draft with a title',
      'A/C.3/72/L.12\nDistr.: Limited\n12 October 2017\nOriginal: English\nSeventy-second session\nAgenda item 106\nBelarus: draft resolution\nImproving the coordination of efforts against trafficking in persons',
      { symbol: 'A/C.3/72/L.12', distribution: 'Limited', date: '12 October 2017', original: 'English', session: 'Seventy-second session', agendaItem: '106', sponsors: 'Belarus', title: 'Improving the coordination of efforts against trafficking in persons' }],
    ['a French adopted resolution',
      'S/RES/2388 (2017)\nRésolution 2388 (2017)\nAdoptée par le Conseil de sécurité à sa 8111e séance, le 21 novembre 2017',
      { symbol: 'S/RES/2388 (2017)', meeting: '8111e', date: '21 novembre 2017' }],
    ['the first page of a GA PDF copy, title wrapped, committee line',
      'United Nations A/RES/81/999\nGeneral Assembly Distr.: General\n12 December 2026\nEighty-first session\nAgenda item 104\nResolution adopted by the General Assembly on 10 December 2026\n[without reference to a Main Committee (A/81/L.77)]\n81/999. Cooperation against trafficking in persons in situations of\narmed conflict',
      { symbol: 'A/RES/81/999', distribution: 'General', date: '10 December 2026', session: 'Eighty-first session', agendaItem: '104', title: 'Cooperation against trafficking in persons in situations of armed conflict' }],
    ['a symbol with a session and an asterisk', 'A/HRC/S-4/L.1*\nDistr.: Limited', { symbol: 'A/HRC/S-4/L.1', distribution: 'Limited' }],
    ['a symbol with a revision', 'A/C.3/78/L.12/Rev.1\n3 November 2023', { symbol: 'A/C.3/78/L.12/Rev.1', date: '3 November 2023' }],
    ['a Council document symbol', 'United Nations S/2017/1012\nSecurity Council Distr.: General\n29 November 2017', { symbol: 'S/2017/1012', distribution: 'General', date: '29 November 2017' }],
    ['a Spanish adoption line', 'S/RES/2388 (2017)\nAprobada por el Consejo de Seguridad en su 8111ª sesión, celebrada el 21 de noviembre de 2017',
      { symbol: 'S/RES/2388 (2017)', meeting: '8111ª', date: '21 de noviembre de 2017' }],
    ['a French PDF copy under a site’s own lines: the series letter apart from the symbol, `Distr. générale` without a colon (S/RES/1364 (2001), vlex.com)',
      'Resolution nº S/RES/1364 (2001) of the United Nations Security Council\n\nIssuerSecurity Council of the United Nation\nNations Unies\nS\n/RES/1364 (2001)\nConseil de sécurité\nDistr. générale\n31 juillet 2001\n01-47480 (F)\n*0147480*\nRésolution 1364 (2001)\nAdoptée par le Conseil de sécurité à sa 4353e séance,\nle 31 juillet 2001',
      { symbol: 'S/RES/1364 (2001)', distribution: 'générale', date: '31 juillet 2001', meeting: '4353e' }],
    ['the older Spanish masthead in capitals, `Distr.` ⏎ `GENERAL`, the date before the adoption line (S/RES/929 (1994), studylib.es)',
      'Documento 23 (res. 929 del Consejo)\n\nAnuncio\nS\nNACIONES\nUNIDAS\nConsejo de Seguridad\nDistr.\nGENERAL\nS/RES/929 (1994)\n22 de junio de 1994\nRESOLUCION 929 (1994)\nAprobada por el Consejo de Seguridad en su 3392ª sesión,\ncelebrada el 22 de junio de 1994',
      { symbol: 'S/RES/929 (1994)', distribution: 'GENERAL', date: '22 de junio de 1994', meeting: '3392ª' }],
    ['a resolution numbered before the thirty-first session, as a scan of the volume reads it (A/RES/3406 (XXX), vlex.com)',
      'Resoluciones aprobadas sobre la bnue de los informes de la Segunda Coxnisión 52\n3406 (XxX). Año internacional del niño',
      { symbol: 'A/RES/3406 (XXX)', title: 'Año internacional del niño' }],
    ['the agenda item’s letter as French prints it (A/RES/72/298)', 'Soixante-douzième session Point 160 a) de l’ordre du jour', { session: 'Soixante-douzième session', agendaItem: '160 a)' }],
    ['a draft’s title wrapped before `United Nations`, which is no masthead there',
      'A/C.4/80/L.12\nDistr.: Limited\nOriginal: English\nOperations of the\nUnited Nations Relief and Works Agency for Palestine Refugees in the Near East',
      { symbol: 'A/C.4/80/L.12', distribution: 'Limited', original: 'English', title: 'Operations of the United Nations Relief and Works Agency for Palestine Refugees in the Near East' }]
  ])('%s', (_, text, meta) => {
    expect(parseHeading(lines(text))).toEqual(meta)
  })
})
