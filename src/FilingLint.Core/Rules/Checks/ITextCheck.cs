using FilingLint.Documents;
using FilingLint.Facts;

namespace FilingLint.Rules.Checks;

/// <summary>A declarative check over the document's text. The closed set of kinds: <c>require</c>, <c>forbid</c>.</summary>
internal interface ITextCheck
{
    /// <summary>Where the check fails, with the text that made it fail (the match, or the missing pattern).</summary>
    IEnumerable<(SourceSpan Span, string Match)> Failures(Document document, Filing filing);
}
