import { Node, type Schema } from 'prosemirror-model'
import { Step, StepMap, StepResult } from 'prosemirror-transform'

/// A step that replaces the base the current document is compared with, and changes
/// nothing in the document itself. Accepting an amendment changes the base, not the
/// text; making that a step of the editor's transaction lets prosemirror-history undo
/// and redo it in one history with the rejections and the typing around it, with no
/// second undo stack to keep in step. The step carries both the old and the new base,
/// so it inverts without looking anything up.
///
/// Why not the base as a doc attribute set with `DocAttrStep`: the schema's doc has no
/// attributes, and attribute values are plain JSON compared deeply on every `eq` — a
/// whole resolution there would be reparsed for every diff and compared on every check.
export class SetBaseStep extends Step {
  constructor(readonly from: Node, readonly to: Node) { super() }

  apply(doc: Node): StepResult { return StepResult.ok(doc) }

  getMap(): StepMap { return StepMap.empty }

  invert(): Step { return new SetBaseStep(this.to, this.from) }

  map(): Step { return this }

  toJSON() { return { stepType: 'penholder.setBase', from: this.from.toJSON(), to: this.to.toJSON() } }

  static fromJSON(schema: Schema, json: { from: unknown, to: unknown }): SetBaseStep {
    if (!json.from || !json.to) throw new RangeError('Invalid input for SetBaseStep.fromJSON')
    return new SetBaseStep(Node.fromJSON(schema, json.from), Node.fromJSON(schema, json.to))
  }
}

Step.jsonID('penholder.setBase', SetBaseStep)
