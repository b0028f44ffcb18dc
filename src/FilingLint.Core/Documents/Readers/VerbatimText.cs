namespace FilingLint.Documents.Readers;

/// <summary>
/// Text that an HTML reader can take from the source as it stands, a run at a time instead of aligning it character
/// by character: words and the single spaces between them, with no markup, entity or character the text leaves out.
/// </summary>
internal static class VerbatimText
{
    /// <summary>
    /// How many characters of <paramref name="text"/> stand verbatim at the start of <paramref name="source"/> and are
    /// plain, with at most single spaces between plain characters and none at either end. It stops at the first
    /// difference, which the caller then aligns one character further: linear.
    /// </summary>
    public static int Run(ReadOnlySpan<char> text, ReadOnlySpan<char> source)
    {
        int limit = Math.Min(text.Length, source.Length);
        int n = AsciiRun(text[..limit], source[..limit]);
        while (n < limit)
        {
            char c = text[n];
            if (c != source[n]) break;
            if (IsPlain(c) || c == ' ' && n > 0 && n + 1 < limit && IsPlain(text[n + 1])) n++;
            else break;
        }
        while (n > 0 && text[n - 1] == ' ') n--;
        return n;
    }

    /// <summary>Zero-width space, byte-order mark and soft hyphen: invisible, so left out of the text.</summary>
    public static bool IsDropped(char c) => c is '\u200B' or '\uFEFF' or '\u00AD';

    private static bool IsPlain(char c) =>
        c > ' ' && c != '<' && c != '&' && (c < '\u0080' || !char.IsWhiteSpace(c) && !IsDropped(c));

    /// <summary>
    /// The start of <see cref="Run"/> in vector steps, where most of a filing's text is: how far the text matches the
    /// source in printable ASCII other than markup and entities, not starting with a space and up to any double space.
    /// <see cref="Run"/> goes on from there one character at a time (other characters, the end of the run).
    /// </summary>
    private static int AsciiRun(ReadOnlySpan<char> text, ReadOnlySpan<char> source)
    {
        if (text.IsEmpty || text[0] == ' ') return 0;
        var run = text[..text.CommonPrefixLength(source)];
        int other = run.IndexOfAnyExcept(PlainAsciiOrSpace);
        if (other >= 0) run = run[..other];
        int doubleSpace = run.IndexOf("  ", StringComparison.Ordinal);
        return doubleSpace >= 0 ? doubleSpace : run.Length;
    }

    /// <summary>The printable ASCII characters and the space, less the starts of markup and entities.</summary>
    private static readonly System.Buffers.SearchValues<char> PlainAsciiOrSpace = System.Buffers.SearchValues.Create(PrintableAscii());

    /// <summary>A loop, not LINQ over characters: generic code over a value type is compiled at run time.</summary>
    private static string PrintableAscii()
    {
        var chars = new System.Text.StringBuilder();
        for (char c = ' '; c <= '~'; c++)
            if (c is not ('<' or '&')) chars.Append(c);
        return chars.ToString();
    }
}
