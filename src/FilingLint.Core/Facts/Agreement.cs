using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>An agreement the filing defines: its name as written, defined term, date and counterparty.</summary>
public sealed record Agreement(string Name, string Term, DateOnly? Date, string? Counterparty, SourceSpan Span) : IFact
{
    /// <summary>The date as the filing writes it, where <see cref="Date"/> was read (null when the filing dates it nowhere).</summary>
    public DateFact? DateSource { get; init; }
}
