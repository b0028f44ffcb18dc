namespace FilingLint.Documents;

/// <summary>
/// A filing as read: normalized text (blocks separated by a blank line, whitespace folded), its block
/// structure with page numbers, a map back to the source file, and metadata such as the EDGAR header.
/// </summary>
public sealed class Document
{
    internal Document(string path, string format, string text, IReadOnlyList<Block> blocks, SourceMap map,
        IReadOnlyDictionary<string, string> metadata, IReadOnlyList<SourceComment>? comments = null,
        IReadOnlyList<SgmlHeaderField>? header = null)
    {
        Header = header ?? [];
        Comments = comments ?? [];
        Path = path;
        Format = format;
        Text = text;
        Blocks = blocks;
        Map = map;
        Metadata = metadata;
    }

    public string Path { get; }

    /// <summary>The reader that produced it: "text", "html", "edgar-submission", "docx".</summary>
    public string Format { get; }

    public string Text { get; }
    public IReadOnlyList<Block> Blocks { get; }
    public SourceMap Map { get; }
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>Every field of an EDGAR submission's SGML header, in order (filers after the subject company); empty for other files.</summary>
    public IReadOnlyList<SgmlHeaderField> Header { get; }

    /// <summary>Where a header field's value stands in the source file: 0-based lines and columns, as <see cref="SourceMap"/> gives them.</summary>
    public (LinePosition Start, LinePosition End) HeaderPosition(SgmlHeaderField field) =>
        (Map.SourcePosition(field.SourceStart), Map.SourcePosition(field.SourceEnd));

    /// <summary>Comments of the source, in order: not part of <see cref="Text"/>; they carry fixture expectations and suppressions.</summary>
    public IReadOnlyList<SourceComment> Comments { get; }

    /// <summary>The text of the first page: before the first page break, or the first 60 blocks when there is none.</summary>
    public SourceSpan CoverPage
    {
        get
        {
            if (Blocks.Count == 0) return new SourceSpan(0, 0);
            var cover = Blocks.TakeWhile(b => b.Page == Blocks[0].Page).Take(Blocks.Any(b => b.Page > 1) ? int.MaxValue : 60).ToList();
            return SourceSpan.FromBounds(cover[0].Span.Start, cover[^1].Span.End);
        }
    }

    /// <summary>
    /// The 0-based source line a comment speaks about: its own line when it sits beside text; when it stands
    /// alone, the next line, skipping further comment-only lines so several comments can be stacked above one line.
    /// </summary>
    public int TargetLine(SourceComment comment)
    {
        if (!comment.OwnLine) return comment.End.Line;
        int line = comment.End.Line + 1;
        foreach (var later in Comments)
        {
            if (later.OwnLine && later.Start.Line == line) line = later.End.Line + 1;
        }
        return line;
    }

    public string Slice(SourceSpan span)
    {
        int start = Math.Clamp(span.Start, 0, Text.Length);
        int end = Math.Clamp(span.End, start, Text.Length);
        return Text[start..end];
    }

    /// <summary>The block that contains the offset, found by binary search.</summary>
    public Block? BlockAt(int offset)
    {
        int lo = 0, hi = Blocks.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var b = Blocks[mid].Span;
            if (offset < b.Start) hi = mid - 1;
            else if (offset >= b.End && !(offset == b.End && b.Length == 0)) lo = mid + 1;
            else return Blocks[mid];
        }
        return null;
    }
}
