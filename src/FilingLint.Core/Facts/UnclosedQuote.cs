using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// An opening quotation mark never closed in its paragraph (“see “Underwriting.”, “the “Common Stock)).”). The span runs
/// from the mark to the end of the paragraph.
/// </summary>
public sealed record UnclosedQuote(string Text, SourceSpan Span) : IFact;
