using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>A place in one document of a deal: the document's index in <see cref="Deal.Documents"/> and the span in its text.</summary>
public sealed record DealSpan(int Document, SourceSpan Span);
