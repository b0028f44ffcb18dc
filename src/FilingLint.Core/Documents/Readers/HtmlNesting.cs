namespace FilingLint.Documents.Readers;

/// <summary>
/// Refuses HTML nested deeper than real filings ever are, before AngleSharp builds the tree: a hostile file of
/// 200,000 nested elements would otherwise cost quadratic parse time and a recursive walk deep enough to
/// overflow the stack, which no catch can recover from.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>EDGAR filings nest a few dozen levels; this leaves a wide margin.</summary>
    public const int MaxDepth = 1000;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>Looked up by a span of the source: no string for each tag's name.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VoidElementNames = VoidElements.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>An upper bound of the element depth, from a linear scan of the tags; null when within the limit.</summary>
    public static string? Check(string source, int start, int end)
    {
        int depth = 0;
        for (int i = source.IndexOf('<', start, end - start); i >= 0 && i < end - 1; i = i + 1 < end ? source.IndexOf('<', i + 1, end - i - 1) : -1)
        {
            char next = source[i + 1];
            if (next == '/') { if (depth > 0) depth--; continue; }
            if (!char.IsLetter(next)) continue;
            int nameEnd = i + 1;
            while (nameEnd < end && (char.IsLetterOrDigit(source[nameEnd]) || source[nameEnd] is ':' or '-')) nameEnd++;
            int close = source.IndexOf('>', nameEnd, Math.Min(end - nameEnd, 4096));
            bool selfClosing = close > 0 && source[close - 1] == '/';
            if (selfClosing || VoidElementNames.Contains(source.AsSpan(i + 1, nameEnd - i - 1))) continue;
            if (++depth > MaxDepth)
                return $"the HTML is nested more than {MaxDepth} elements deep";
        }
        return null;
    }
}
