using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>Every fact knows where in the document it was found.</summary>
public interface IFact
{
    SourceSpan Span { get; }
}
