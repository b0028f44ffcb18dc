namespace FilingLint.Facts;

/// <summary>
/// A Form 8-K's account of a press release (“On January 22, 2026, the Company issued a press release …, a copy of which
/// is furnished as Exhibit 99.1”) and the dateline of that exhibit in the deal (“DALLAS, Jan. 23, 2026 (GLOBE NEWSWIRE)
/// —”): the exhibit named in the sentence, or the deal's only press-release exhibit when the sentence names none.
/// </summary>
public sealed record DealPressRelease(int Document, string? Exhibit, DateOnly Date, string DateText, DealSpan At) : IDealFact
{
    public DateOnly? DatelineDate { get; init; }
    public string? DatelineText { get; init; }
    public DealSpan? DatelineAt { get; init; }
}
