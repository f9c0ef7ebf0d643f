/// The longest paragraph Penholder lays out, in characters (UTF-16 code units): 100,000.
/// The longest operative paragraphs of General Assembly omnibus resolutions run to some
/// 5,000; a browser cannot split the layout of one text node across frames, so a
/// paragraph of megabytes would freeze the window for seconds at every keystroke. Such a
/// text is refused where it comes in (a document file, an import, a paste), with this
/// figure in the message.
export const maxParagraphLength = 100_000
