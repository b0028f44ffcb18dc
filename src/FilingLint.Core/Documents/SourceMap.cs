namespace FilingLint.Documents;

/// <summary>
/// Maps offsets in a document's normalized text back to offsets, lines and columns of the source file.
/// Stored as runs of contiguous characters so lookups are a binary search and memory stays linear in the
/// number of edits the reader made, not in the size of the text.
/// </summary>
public sealed class SourceMap
{
    private readonly int[] _textStarts;
    private readonly int[] _sourceStarts;
    private readonly int[] _lineStarts;

    internal SourceMap(int[] textStarts, int[] sourceStarts, int[] lineStarts, bool linesAreParagraphs = false)
    {
        _textStarts = textStarts;
        _sourceStarts = sourceStarts;
        _lineStarts = lineStarts;
        LinesAreParagraphs = linesAreParagraphs;
    }

    /// <summary>True when "line" means paragraph number (Word drafts), not a line of text.</summary>
    public bool LinesAreParagraphs { get; }

    public int ToSourceOffset(int textOffset)
    {
        if (_textStarts.Length == 0) return 0;
        int i = Array.BinarySearch(_textStarts, textOffset);
        if (i < 0) i = Math.Max(0, ~i - 1);
        return _sourceStarts[i] + (textOffset - _textStarts[i]);
    }

    public LinePosition ToLinePosition(int textOffset)
    {
        int source = ToSourceOffset(textOffset);
        int line = Array.BinarySearch(_lineStarts, source);
        if (line < 0) line = Math.Max(0, ~line - 1);
        return new LinePosition(line, LinesAreParagraphs ? 0 : source - _lineStarts[line]);
    }

    /// <summary>The line and column of a source offset (not a text offset): for things outside the text, such as comments.</summary>
    internal LinePosition SourcePosition(int sourceOffset)
    {
        int line = Array.BinarySearch(_lineStarts, sourceOffset);
        if (line < 0) line = Math.Max(0, ~line - 1);
        return new LinePosition(line, LinesAreParagraphs ? 0 : sourceOffset - _lineStarts[line]);
    }

    /// <summary>The 0-based offsets at which each source line starts.</summary>
    internal static int[] LineStartsOf(string source)
    {
        var starts = new List<int> { 0 };
        // A vectorized search for the next line break: most of a line is text.
        for (int i = 0, next; (next = source.AsSpan(i).IndexOfAny('\n', '\r')) >= 0;)
        {
            i += next;
            if (source[i] == '\r' && i + 1 < source.Length && source[i + 1] == '\n') i++;
            starts.Add(++i);
        }
        return starts.ToArray();
    }
}
