using FilingLint.Documents;

namespace FilingLint.Findings;

/// <summary>
/// A 1-based line and column range in the source file (for Word drafts, Line is the paragraph number).
/// The only place where 0-based positions become 1-based.
/// </summary>
public sealed record Location(int Line, int Column, int EndLine, int EndColumn)
{
    public static Location FromZeroBased(LinePosition start, LinePosition end) =>
        new(start.Line + 1, start.Column + 1, end.Line + 1, end.Column + 1);

    public static Location Of(Document document, SourceSpan span) =>
        FromZeroBased(document.Map.ToLinePosition(span.Start), document.Map.ToLinePosition(Math.Max(span.Start, span.End)));
}
