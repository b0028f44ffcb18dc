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

    /// <summary>Elements a start tag of the same name closes (HTML's optional end tags): a paragraph tag after an unclosed one makes two siblings.</summary>
    private static readonly HashSet<string> ClosedBySibling = new(StringComparer.OrdinalIgnoreCase) { "p", "li", "dt", "dd", "tr", "td", "th", "option" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClosedBySiblingNames = ClosedBySibling.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// An upper bound of the element depth, from a linear scan of the tags; null when within the limit. End tags close
    /// the nearest open element of their name and what is open inside it, and an unclosed paragraph, list item or table
    /// cell is closed by the next one, as an HTML parser does: filings often leave every paragraph tag open.
    /// </summary>
    public static string? Check(string source, int start, int end)
    {
        var open = new List<string>();
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var countsBySpan = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = source.IndexOf('<', start, end - start); i >= 0 && i < end - 1; i = i + 1 < end ? source.IndexOf('<', i + 1, end - i - 1) : -1)
        {
            char next = source[i + 1];
            bool closing = next == '/';
            int nameStart = closing ? i + 2 : i + 1;
            if (nameStart >= end || !char.IsLetter(source[nameStart])) continue;
            int nameEnd = nameStart;
            while (nameEnd < end && (char.IsLetterOrDigit(source[nameEnd]) || source[nameEnd] is ':' or '-')) nameEnd++;
            var name = source.AsSpan(nameStart, nameEnd - nameStart);
            if (closing)
            {
                // Each element is pushed once and popped once, so closing stays linear however deep the tree.
                if (countsBySpan.TryGetValue(name, out int n) && n > 0) PopThrough(open, counts, name);
                continue;
            }
            int close = source.IndexOf('>', nameEnd, Math.Min(end - nameEnd, 4096));
            bool selfClosing = close > 0 && source[close - 1] == '/';
            if (selfClosing || VoidElementNames.Contains(name)) continue;
            if (countsBySpan.TryGetValue(name, out int same) && same > 0 && ClosedBySiblingNames.Contains(name)) PopThrough(open, counts, name);
            string key = countsBySpan.TryGetValue(name, out string? known, out int count) ? known : name.ToString();
            counts[key] = count + 1;
            open.Add(key);
            if (open.Count > MaxDepth)
                return $"the HTML is nested more than {MaxDepth} elements deep";
        }
        return null;
    }

    private static void PopThrough(List<string> open, Dictionary<string, int> counts, ReadOnlySpan<char> name)
    {
        while (open.Count > 0)
        {
            string top = open[^1];
            open.RemoveAt(open.Count - 1);
            counts[top]--;
            if (name.Equals(top, StringComparison.OrdinalIgnoreCase)) return;
        }
    }
}
