import { Fragment, type Node, type Schema } from 'prosemirror-model'
import { Step, StepMap, StepResult, type Mappable } from 'prosemirror-transform'

/// A section heading's new number: the heading by its position in the document (before
/// the heading node, a child of the preamble, operative part or an annex) and the number
/// as printed (`III`, empty for an unnumbered subheading).
export interface HeadingNumber {
  readonly pos: number
  readonly number: string
}

/// A step that gives several section headings new numbers at once, as numbering a part's
/// sections anew does once a heading is put in, taken out or moved (accept.ts). One
/// `AttrStep` a heading rebuilds the heading's part each time, O(part) a heading: a part
/// of 240 sections numbered anew cost O(headings × part). This step rebuilds each part it
/// touches once, O(document) in all, and maps no position (a heading keeps its size), so
/// a cursor anywhere stays where it was; it inverts to the numbers it replaced, so one
/// undo gives them back.
export class SetHeadingNumbersStep extends Step {
  /// `numbers` in any order; at most one for each heading.
  constructor(readonly numbers: readonly HeadingNumber[]) { super() }

  apply(doc: Node): StepResult {
    const sorted = [...this.numbers].sort((a, b) => a.pos - b.pos)
    let next = 0
    const parts: Node[] = []
    doc.forEach((part, offset) => {
      const end = offset + part.nodeSize
      if (next >= sorted.length || sorted[next].pos >= end) { parts.push(part); return }
      const children: Node[] = []
      part.forEach((child, childOffset) => {
        const wanted = sorted[next]
        if (wanted?.pos === offset + 1 + childOffset && child.type.name === 'section_heading') {
          children.push(child.type.create({ ...child.attrs, number: wanted.number }, child.content, child.marks))
          next++
        } else children.push(child)
      })
      parts.push(part.copy(Fragment.fromArray(children)))
    })
    if (next < sorted.length) return StepResult.fail(`No section heading at position ${sorted[next].pos}`)
    return StepResult.ok(doc.copy(Fragment.fromArray(parts)))
  }

  getMap(): StepMap { return StepMap.empty }

  invert(doc: Node): Step {
    return new SetHeadingNumbersStep(this.numbers.map(({ pos }) => ({ pos, number: doc.nodeAt(pos)!.attrs.number as string })))
  }

  map(mapping: Mappable): Step | null {
    const numbers = this.numbers.flatMap(({ pos, number }) => {
      const mapped = mapping.mapResult(pos, 1)
      return mapped.deletedAfter ? [] : [{ pos: mapped.pos, number }]
    })
    return numbers.length ? new SetHeadingNumbersStep(numbers) : null
  }

  toJSON() { return { stepType: 'penholder.setHeadingNumbers', numbers: this.numbers } }

  static fromJSON(_schema: Schema, json: { numbers?: unknown }): SetHeadingNumbersStep {
    const numbers = json.numbers
    if (!Array.isArray(numbers) || !numbers.every(n => typeof n?.pos === 'number' && typeof n?.number === 'string')) {
      throw new RangeError('Invalid input for SetHeadingNumbersStep.fromJSON')
    }
    return new SetHeadingNumbersStep(numbers as HeadingNumber[])
  }
}

Step.jsonID('penholder.setHeadingNumbers', SetHeadingNumbersStep)
