namespace FilingLint.Facts;

/// <summary>
/// An agreement as one document of a deal gives it: the agreement the document defines (“the Sales Agreement”, with the
/// date and counterparty it gives), or the agreement the document is (an exhibit titled “Equity Distribution Agreement”,
/// dated in its opening words). Mentions are matched across documents by defined term or title, and not matched when
/// their counterparties differ. <see cref="ExpectedDate"/> is the date most of the deal's documents give the same
/// agreement (on a tie, the earliest filed), and <see cref="ExpectedAt"/> where one of them gives it.
/// </summary>
public sealed record DealAgreementMention(int Document, string Name, string Term, DateOnly? Date, string? DateText, string? Counterparty, DealSpan At) : IDealFact
{
    /// <summary>The agreement's key across the deal: its defined term (or title) in lower case, without a plural.</summary>
    public string Key { get; init; } = "";

    /// <summary>The document is the agreement itself (its title opens it), not a document that speaks of it.</summary>
    public bool IsTheAgreement { get; init; }

    /// <summary>How many documents of the deal give this agreement a date.</summary>
    public int DatedDocuments { get; init; }

    public DateOnly? ExpectedDate { get; init; }
    public string? ExpectedDateText { get; init; }
    public DealSpan? ExpectedAt { get; init; }
}
