using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>"Filed Pursuant to Rule 424(b)(5)": the paragraph of Rule 424(b) cited.</summary>
public sealed record Rule424bHeader(string Paragraph, string Text, SourceSpan Span) : IFact;
