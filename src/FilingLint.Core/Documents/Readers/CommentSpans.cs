namespace FilingLint.Documents.Readers;

/// <summary>Where the <c>&lt;!-- … --&gt;</c> comments of Markdown, text and HTML sources are: fixture markers and suppressions live in them.</summary>
internal static class CommentSpans
{
    /// <summary>Each comment in source[start..end) as (start of "&lt;!--", end after "--&gt;"), in order; an unclosed one ends the search.</summary>
    public static List<(int Start, int End)> Find(string source, int start, int end)
    {
        var spans = new List<(int Start, int End)>();
        for (int at = start; at < end;)
        {
            int open = source.IndexOf("<!--", at, end - at, StringComparison.Ordinal);
            if (open < 0) break;
            int close = source.IndexOf("-->", open + 4, end - open - 4, StringComparison.Ordinal);
            if (close < 0) break;
            spans.Add((open, close + 3));
            at = close + 3;
        }
        return spans;
    }
}
