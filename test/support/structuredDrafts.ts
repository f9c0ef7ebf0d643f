import { completeMeta, type ResolutionDraft } from '../../shared/schema'

/// The structures of the two import cases of the team handbook that the model grows for
/// (cases/import/annex-footnotes.txt and roman-first-list.txt), written out as drafts, so the schema, the file format and the
/// exports are tested on them before, and independently of, the importer reading them.

/// annex-footnotes.txt: 2 PPs, 3 OPs, 2 footnotes, a GA closing line, and an annex with a
/// title, two sections and 4 numbered paragraphs, paragraph 3 with (a) and (b).
export const annexFootnotesDraft: ResolutionDraft = {
  meta: completeMeta({ meeting: '50th plenary', date: '14 December 2026' }),
  organ: 'The General Assembly',
  paragraphs: [
    { kind: 'pp', text: 'Recalling its resolution 80/999 of 1 December 2025,', lead: 9, footnotes: [{ at: 51, text: 'See also resolution 79/888.' }] },
    { kind: 'pp', text: 'Noting with appreciation the work of the inter-agency coordination group,', lead: 24, footnotes: [{ at: 73, text: 'See A/81/123, sect. II.' }] },
    { kind: 'op', text: 'Endorses the declaration on cooperation against trafficking in persons, annexed to the present resolution;', lead: 8 },
    { kind: 'op', text: 'Requests the Secretary-General to bring the declaration to the attention of all Member States;', lead: 8 },
    { kind: 'op', text: 'Decides to include in the provisional agenda of its eighty-third session the item entitled "Cooperation against trafficking in persons".', lead: 7 }
  ],
  annexes: [{
    title: { text: 'Declaration on cooperation against trafficking in persons' },
    paragraphs: [
      { kind: 'op', text: 'We, the representatives of the States Members of the United Nations, reaffirm our commitment to prevent and combat trafficking in persons;', lead: 0 },
      { kind: 'op', text: 'We recognize that conflict increases the vulnerability of women and children to trafficking;', lead: 0 },
      { kind: 'op', text: 'We undertake to:', lead: 0 },
      { kind: 'sub', level: 1, text: 'Strengthen the identification of victims among displaced persons;', lead: 0 },
      { kind: 'sub', level: 1, text: 'Exchange information on trafficking routes and financial flows;', lead: 0 },
      { kind: 'op', text: 'We invite the United Nations Office on Drugs and Crime to support these efforts.', lead: 0 }
    ],
    sections: [{ number: 'I', text: 'Shared commitments', at: 0 }, { number: 'II', text: 'Action', at: 2 }]
  }]
}

/// roman-first-list.txt (after S/RES/242 (1967)): OP1's subparagraphs are printed (i),
/// (ii) at the first level, OP2's (a)-(c).
export const romanFirstListDraft: ResolutionDraft = {
  meta: completeMeta({}),
  organ: 'The Security Council',
  paragraphs: [
    { kind: 'pp', text: 'Expressing its continuing concern at the situation in the region,', lead: 10 },
    { kind: 'op', text: 'Affirms that a lasting settlement should include the application of both the following principles:', lead: 7 },
    { kind: 'sub', level: 1, listStyle: 'roman', text: 'Withdrawal of armed forces from areas occupied in the recent conflict;', lead: 0 },
    { kind: 'sub', level: 1, listStyle: 'roman', text: 'Respect for the sovereignty and territorial integrity of every State in the area;', lead: 0 },
    { kind: 'op', text: 'Affirms further the necessity:', lead: 15 },
    { kind: 'sub', level: 1, text: 'For guaranteeing freedom of navigation through international waterways in the area;', lead: 0 },
    { kind: 'sub', level: 1, text: 'For achieving a just settlement of the refugee problem;', lead: 0 },
    { kind: 'sub', level: 1, text: 'For guaranteeing the territorial inviolability of every State in the area;', lead: 0 },
    { kind: 'op', text: 'Requests the Secretary-General to report to the Council on the progress of these efforts.', lead: 8 }
  ]
}
