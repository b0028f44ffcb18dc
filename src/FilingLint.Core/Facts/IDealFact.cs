namespace FilingLint.Facts;

/// <summary>A fact of a deal, with the place in one of its documents a deal rule's finding is reported at.</summary>
public interface IDealFact
{
    DealSpan At { get; }
}
