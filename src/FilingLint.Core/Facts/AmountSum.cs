using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// An amount said to be made of others: "$175,000,000, consisting of $150,000,000 in cash and $25,000,000 in tokens".
/// <see cref="Adds"/> is false when the parts do not add up to the total, allowing for the rounding of figures written
/// in millions ("$3.1 million").
/// </summary>
public sealed record AmountSum(Amount Total, IReadOnlyList<Amount> Parts, SourceSpan Span) : IFact
{
    public decimal PartsTotal => Parts.Sum(p => p.Value);

    public decimal Difference => Total.Value - PartsTotal;

    public bool Adds => Math.Abs(Difference) <= Parts.Append(Total).Sum(Rounding);

    /// <summary>Half the last unit a figure is written to: $0.05 million for "$3.1 million", nothing for "$3,100,000".</summary>
    private static decimal Rounding(Amount amount)
    {
        string text = amount.Text;
        int dot = text.IndexOf('.');
        int decimals = 0;
        if (dot >= 0) while (dot + 1 + decimals < text.Length && char.IsDigit(text[dot + 1 + decimals])) decimals++;
        decimal scale = text.Contains("billion", StringComparison.OrdinalIgnoreCase) ? 1_000_000_000m
            : text.Contains("million", StringComparison.OrdinalIgnoreCase) ? 1_000_000m
            : text.Contains("thousand", StringComparison.OrdinalIgnoreCase) ? 1_000m : 1m;
        if (scale == 1m) return 0m;
        decimal unit = scale;
        for (int i = 0; i < decimals; i++) unit /= 10m;
        return unit / 2m;
    }
}
