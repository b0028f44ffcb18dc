using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// A filing that sells under Form S-3 General Instruction I.B.6 (at most one-third of the public float in 12 months),
/// and the two statements Instruction 7 to I.B.6 requires: the public float calculation (amount, the price and its
/// date) and the amount sold under I.B.6 in the 12 calendar months ending on the prospectus date.
/// </summary>
public sealed record BabyShelf : IFact
{
    /// <summary>Where the filing says it relies on I.B.6.</summary>
    public SourceSpan Span { get; init; }

    /// <summary>The public float statement with an amount: "the aggregate market value of our common stock held by non-affiliates ... was approximately $4.5 million".</summary>
    public string? PublicFloatText { get; init; }
    public SourceSpan PublicFloatSpan { get; init; }

    /// <summary>The float statement gives the price per share it was computed at.</summary>
    public bool PublicFloatHasPrice { get; init; }

    /// <summary>The float statement gives the date of that price.</summary>
    public bool PublicFloatHasDate { get; init; }

    /// <summary>"During the 12 calendar months prior to and including the date of this prospectus, we have sold ... pursuant to General Instruction I.B.6."</summary>
    public string? PriorSalesText { get; init; }
    public SourceSpan PriorSalesSpan { get; init; }
}
