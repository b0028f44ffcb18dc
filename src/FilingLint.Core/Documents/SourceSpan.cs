namespace FilingLint.Documents;

/// <summary>A range of a document's normalized text: 0-based start offset and length.</summary>
public readonly record struct SourceSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static SourceSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    public override string ToString() => $"[{Start}..{End})";
}
