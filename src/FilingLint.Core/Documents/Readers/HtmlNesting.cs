namespace FilingLint.Documents.Readers;

/// <summary>
/// Refuses HTML nested deeper than real filings ever are, before AngleSharp builds the tree: a hostile file of
/// 200,000 nested elements would otherwise cost quadratic parse time and a recursive walk deep enough to
/// overflow the stack, which no catch can recover from. The scan reads tags as an HTML tokenizer does, so that what it
/// counts is at least what the parser nests: <c>&lt;div/&gt;</c> opens a div (a trailing slash closes only void and
/// SVG or MathML elements), and an end tag inside a comment, an attribute value or a script closes nothing (each was a
/// way past the limit into 100,000 levels and 240 s of parsing).
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

    /// <summary>Elements whose content is text up to their own end tag, whatever tags it seems to hold (outside SVG and MathML).</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextNames = RawText.GetAlternateLookup<ReadOnlySpan<char>>();

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
        int i = start;
        while (i < end - 1)
        {
            i = source.IndexOf('<', i, end - i);
            if (i < 0 || i >= end - 1) break;
            char next = source[i + 1];
            if (next == '!')
            {
                // A comment ends at "-->", a doctype or CDATA section at '>': nothing inside opens or closes anything.
                bool comment = string.CompareOrdinal(source, i, "<!--", 0, 4) == 0;
                int close = comment ? source.IndexOf("-->", Math.Min(i + 4, end), end - Math.Min(i + 4, end), StringComparison.Ordinal) : source.IndexOf('>', i + 2, end - i - 2);
                i = close < 0 ? end : close + (comment ? 3 : 1);
                continue;
            }
            bool closing = next == '/';
            int nameStart = closing ? i + 2 : i + 1;
            if (nameStart >= end || !char.IsAsciiLetter(source[nameStart]))
            {
                // "<?xml ...>" and "</ 3>" are bogus comments to '>'; "< 3" is text.
                if (next is '?' || closing) { int gt = source.IndexOf('>', i + 1, end - i - 1); i = gt < 0 ? end : gt + 1; }
                else i++;
                continue;
            }
            // A tag name runs to whitespace, '/' or '>', as the tokenizer reads it: "</div.x>" does not close a div.
            int nameEnd = nameStart;
            while (nameEnd < end && !char.IsWhiteSpace(source[nameEnd]) && source[nameEnd] is not ('/' or '>')) nameEnd++;
            var name = source.AsSpan(nameStart, nameEnd - nameStart);
            int tagEnd = TagEnd(source, nameEnd, end);
            i = tagEnd;
            if (closing)
            {
                // Each element is pushed once and popped once, so closing stays linear however deep the tree.
                if (countsBySpan.TryGetValue(name, out int n) && n > 0) PopThrough(open, counts, name);
                continue;
            }
            bool foreign = Open(countsBySpan, "svg") || Open(countsBySpan, "math");
            bool selfClosing = tagEnd <= end && tagEnd - 2 > nameEnd - 1 && source[tagEnd - 2] == '/' && source[tagEnd - 1] == '>';
            if (VoidElementNames.Contains(name) || selfClosing && foreign) continue;
            if (!foreign && RawTextNames.Contains(name))
            {
                i = RawTextEnd(source, tagEnd, end, name);
                continue;
            }
            if (name.Equals("plaintext", StringComparison.OrdinalIgnoreCase)) break;
            if (countsBySpan.TryGetValue(name, out int same) && same > 0 && ClosedBySiblingNames.Contains(name)) PopThrough(open, counts, name);
            string key = countsBySpan.TryGetValue(name, out string? known, out int count) ? known : name.ToString();
            counts[key] = count + 1;
            open.Add(key);
            if (open.Count > MaxDepth)
                return $"the HTML is nested more than {MaxDepth} elements deep";
        }
        return null;
    }

    /// <summary>Room for what the parser implies: a table's tbody and tr around each cell at most triples the scan's count.</summary>
    public const int MaxTreeDepth = 3 * MaxDepth + 8;

    private static bool Open(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> counts, string name) =>
        counts.TryGetValue(name, out int n) && n > 0;

    /// <summary>Just past the '>' that ends a tag whose name ends at <paramref name="from"/>: a '>' inside a quoted attribute value does not.</summary>
    private static int TagEnd(string source, int from, int end)
    {
        // From mark to mark (a vectorized search): a tag's attributes are long runs of letters, digits and spaces.
        int i = from;
        while (i < end)
        {
            int at = source.AsSpan(i, end - i).IndexOfAny(TagMarks);
            if (at < 0) return end;
            at += i;
            char c = source[at];
            if (c == '>') return at + 1;
            i = at + 1;
            if (at > from && AfterEquals(source, from, at))
            {
                int close = source.AsSpan(i, end - i).IndexOf(c);
                if (close < 0) return end;
                i += close + 1;
            }
        }
        return end;
    }

    private static readonly System.Buffers.SearchValues<char> TagMarks = System.Buffers.SearchValues.Create(">\"'");

    /// <summary>Whether only whitespace stands between an '=' and position <paramref name="at"/>: a quote there opens a value.</summary>
    private static bool AfterEquals(string source, int from, int at)
    {
        int j = at - 1;
        while (j > from && char.IsWhiteSpace(source[j])) j--;
        return source[j] == '=';
    }

    /// <summary>Just past the end tag of a raw-text element (script, style, ...), or the end of the source when it has none.</summary>
    private static int RawTextEnd(string source, int from, int end, ReadOnlySpan<char> name)
    {
        for (int i = from; i < end - 1; i++)
        {
            i = source.IndexOf("</", i, end - i, StringComparison.Ordinal);
            if (i < 0) return end;
            int nameEnd = i + 2 + name.Length;
            if (nameEnd <= end && source.AsSpan(i + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (nameEnd == end || char.IsWhiteSpace(source[nameEnd]) || source[nameEnd] is '/' or '>'))
                return TagEnd(source, nameEnd, end);
        }
        return end;
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
