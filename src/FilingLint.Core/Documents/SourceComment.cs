namespace FilingLint.Documents;

/// <summary>
/// A comment in the source (an HTML or Markdown <c>&lt;!-- ... --&gt;</c>, or a Word comment), kept out of the
/// document's text but remembered with its position: fixture expectations and suppressions are written in them.
/// </summary>
/// <param name="Text">The comment's text without its delimiters, trimmed.</param>
/// <param name="Start">0-based position of the comment's first character in the source.</param>
/// <param name="End">0-based position just after the comment.</param>
/// <param name="OwnLine">True when nothing but whitespace and other comments shares the comment's lines; such a comment speaks about the next line.</param>
public sealed record SourceComment(string Text, LinePosition Start, LinePosition End, bool OwnLine);
