import { decimalList, del, handMadeDocx, ins, markDeleted, p, r } from '../unit/shared/import/docx/handMadeDocx'

/// A delegation's returned copy of a Security Council draft, written by hand as Word lays
/// one out: France inserted words in OP1, the Russian Federation deleted words in OP2 and
/// the whole of OP3, and Ghana commented on “a report” in OP2.
export function twoAuthorDraft(): Uint8Array {
  return handMadeDocx([
    p(r('The Security Council,')),
    p(r('Recalling', true) + r(' its resolutions 2240 (2015) and 2388 (2017),')),
    p(r('Calls upon', true) + r(' Member States to act') + ins('France', 1, r(' without delay')) + r(';'), 0),
    p(r('Requests', true) + r(' ') + '<w:commentRangeStart w:id="0"/>' + r('a report') + '<w:commentRangeEnd w:id="0"/>' + del('Russian Federation', 2, ' every year') + r(';'), 0),
    p(del('Russian Federation', 3, 'Encourages regional cooperation;'), 0, markDeleted('Russian Federation', 4)),
    p(r('Decides', true) + r(' to remain seized of the matter.'), 0)
  ].join(''), {
    numbering: decimalList,
    comments: '<w:comment w:id="0" w:author="Ghana" w:date="2026-11-04T09:00:00Z"><w:p><w:r><w:t>Which one?</w:t></w:r></w:p></w:comment>'
  })
}

/// The operative paragraphs of that copy with every change rejected, and accepted.
export const twoAuthorBase = ['Calls upon Member States to act;', 'Requests a report every year;', 'Encourages regional cooperation;', 'Decides to remain seized of the matter.']
export const twoAuthorCurrent = ['Calls upon Member States to act without delay;', 'Requests a report;', 'Decides to remain seized of the matter.']
