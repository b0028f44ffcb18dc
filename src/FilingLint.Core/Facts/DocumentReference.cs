using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// A mention of another document or agreement with a date: "the Prospectus dated August 20, 2020".
/// <see cref="Definite"/> tells that it is written with "the", "our", "its", "such" or "this" before the name, so it
/// names one document; a bare title (an exhibit list's "Employment Agreement, dated May 30, 2025, between ...") may be
/// one of several documents with that title.
/// </summary>
public sealed record DocumentReference(string Name, DateFact Date, SourceSpan Span, bool Definite = false) : IFact
{
    /// <summary>
    /// The name stands as the document's title (“a Securities Purchase Agreement, dated ...”, “the Indenture, dated ...”),
    /// not as a term the filing uses for it (“On June 11, we entered into the Funding Agreement”), which it must define.
    /// </summary>
    public bool NamesTitle { get; init; } = true;

    /// <summary>
    /// The date is the day the filing says the agreement was entered into (“On June 6, 2026, we entered into ...”), which
    /// may follow the agreement's own date (“..., dated as of June 5, 2026”).
    /// </summary>
    public bool Executed { get; init; }
}
