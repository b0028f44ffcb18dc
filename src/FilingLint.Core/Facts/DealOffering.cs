namespace FilingLint.Facts;

/// <summary>
/// One supplement's account of the deal's offering program, in filing-date order: the cap it states (or the one in force
/// from an earlier supplement), what it says was sold to date, and the supplement before it that said how much was sold.
/// </summary>
public sealed record DealOffering(int Document, DateOnly? FilingDate, string? AgreementName, decimal? Cap, decimal? SoldGrossProceeds, decimal? Remaining, DealSpan At) : IDealFact
{
    /// <summary>The cap this supplement states, or the last one stated before it.</summary>
    public decimal? CapInForce { get; init; }
    public DealSpan? CapInForceAt { get; init; }

    /// <summary>The sold-to-date of the last earlier supplement that gives one.</summary>
    public decimal? PreviousSold { get; init; }
    public DealSpan? PreviousSoldAt { get; init; }

    /// <summary>Where this supplement states its sold-to-date.</summary>
    public DealSpan? SoldAt { get; init; }
}
