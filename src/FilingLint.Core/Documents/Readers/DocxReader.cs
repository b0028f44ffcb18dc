using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FilingLint.Documents.Readers;

/// <summary>
/// Word drafts (.docx) with DocumentFormat.OpenXml: body paragraphs and table cells in order, then the
/// footnotes. Tracked insertions are read as text, tracked deletions and comments are not. A finding's
/// "line" is the 1-based paragraph number (body paragraphs, then footnote paragraphs), its column 1.
/// Word comments are recorded as source comments (fixture markers, suppressions) on the paragraph that holds
/// their reference mark; a comment on an otherwise empty paragraph speaks about the next one, like an HTML
/// comment alone on its line.
/// </summary>
internal sealed class DocxReader : IDocumentReader
{
    public string Format => "docx";

    public bool CanRead(string path, ReadOnlySpan<byte> head)
    {
        bool docxName = System.IO.Path.GetExtension(path).Equals(".docx", StringComparison.OrdinalIgnoreCase);
        return docxName || ContentSniffing.IsZip(head) && Encoding.Latin1.GetString(head).Contains("word/", StringComparison.Ordinal);
    }

    public ReadResult Read(string path, ArraySegment<byte> bytes)
    {
        if (ContentSniffing.IsCompoundFile(bytes))
            return ReadResult.Unreadable("the file is encrypted (password-protected) or a legacy .doc, not a .docx");
        if (!ContentSniffing.IsZip(bytes))
            return ReadResult.Unreadable("the file is not a Word .docx (it is not a zip archive)");
        try
        {
            if (ZipLimits.Check(bytes) is { } tooBig) return ReadResult.Unreadable(tooBig);
            using var stream = new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false);
            using var word = WordprocessingDocument.Open(stream, false);
            var body = word.MainDocumentPart?.Document?.Body;
            if (body is null) return ReadResult.Unreadable("the .docx has no document body");

            // The "source" is the paragraphs' text one per line, so the source map's lines are paragraphs.
            var source = new StringBuilder();
            var builder = new DocumentBuilder();
            var comments = new WordComments(word.MainDocumentPart!.WordprocessingCommentsPart?.Comments);
            foreach (var element in body.ChildElements) ReadBlock(element, builder, source, BlockKind.Paragraph, comments);
            if (word.MainDocumentPart!.FootnotesPart?.Footnotes is { } footnotes)
            {
                foreach (var note in footnotes.Elements<Footnote>())
                {
                    if (note.Type is not null && note.Type.Value != FootnoteEndnoteValues.Normal) continue;
                    foreach (var element in note.ChildElements) ReadBlock(element, builder, source, BlockKind.Paragraph, comments);
                }
            }
            string text = source.ToString();
            return ReadResult.Ok(builder.Build(path, Format, text, linesAreParagraphs: true));
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException
                                  or System.Xml.XmlException or InvalidOperationException)
        {
            return ReadResult.Unreadable($"the .docx cannot be opened: {e.Message}");
        }
    }

    private static void ReadBlock(OpenXmlElement element, DocumentBuilder builder, StringBuilder source, BlockKind kind, WordComments comments)
    {
        switch (element)
        {
            case Paragraph p:
                ReadParagraph(p, builder, source, kind, comments);
                break;
            case Table table:
                foreach (var row in table.Elements<TableRow>())
                    foreach (var cell in row.Elements<TableCell>())
                        foreach (var child in cell.ChildElements) ReadBlock(child, builder, source, BlockKind.TableCell, comments);
                break;
            case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                foreach (var child in content.ChildElements) ReadBlock(child, builder, source, kind, comments);
                break;
            case CustomXmlBlock custom:
                foreach (var child in custom.ChildElements) ReadBlock(child, builder, source, kind, comments);
                break;
        }
    }

    private static void ReadParagraph(Paragraph p, DocumentBuilder builder, StringBuilder source, BlockKind kind, WordComments comments)
    {
        int paragraphStart = source.Length;
        var marked = new List<(string Text, int Start, int End)>();
        var properties = p.ParagraphProperties;
        if (properties?.PageBreakBefore is { } pbb && (pbb.Val is null || pbb.Val.Value)) builder.PageBreak();
        string? style = properties?.ParagraphStyleId?.Val?.Value;
        if (style is not null && style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase)) kind = BlockKind.Heading;
        else if (properties?.NumberingProperties is not null && kind == BlockKind.Paragraph) kind = BlockKind.ListItem;

        builder.BeginBlock(kind);
        bool allBold = true, anyText = false;
        foreach (var node in p.Descendants())
        {
            // Deleted text (w:delText inside w:del) and comment marks are different element types and so never read.
            switch (node)
            {
                case Text t when !IsInside<Deleted>(t, p):
                    foreach (char c in t.Text)
                    {
                        builder.Append(c, source.Length);
                        source.Append(c is '\r' or '\n' ? ' ' : c);
                    }
                    if (t.Text.Trim().Length > 0)
                    {
                        anyText = true;
                        allBold &= IsBold(t.Parent as Run);
                    }
                    break;
                case CommentRangeStart start when start.Id?.Value is { } id:
                    comments.Starts[id] = source.Length;
                    break;
                case CommentReference reference when reference.Id?.Value is { } id && comments.Texts.TryGetValue(id, out var said):
                    marked.Add((said, comments.Starts.Remove(id, out int from) ? from : source.Length, source.Length));
                    break;
                case TabChar or CarriageReturn:
                    builder.Space(source.Length);
                    source.Append(' ');
                    break;
                case Break br:
                    if (br.Type is { } type && type.Value == BreakValues.Page)
                    {
                        builder.PageBreak();
                        builder.BeginBlock(kind);
                    }
                    else builder.Space(source.Length);
                    source.Append(' ');
                    break;
            }
        }
        if (anyText) builder.SetBold(allBold);
        builder.EndBlock();
        bool empty = string.IsNullOrWhiteSpace(source.ToString(paragraphStart, source.Length - paragraphStart));
        foreach (var (said, from, to) in marked) builder.Comment(said, Math.Min(from, to), to, ownLine: empty);
        source.Append('\n');
    }

    /// <summary>The comments part's texts by id, and where each open comment range began in the source.</summary>
    private sealed class WordComments(Comments? part)
    {
        public Dictionary<string, string> Texts { get; } = part?.Elements<Comment>()
            .Where(c => c.Id?.Value is not null)
            .GroupBy(c => c.Id!.Value!)
            .ToDictionary(g => g.Key, g => string.Join(" ", g.First().Elements<Paragraph>().Select(p => p.InnerText)).Trim())
            ?? new Dictionary<string, string>();

        public Dictionary<string, int> Starts { get; } = new();
    }

    private static bool IsInside<T>(OpenXmlElement node, OpenXmlElement stop) where T : OpenXmlElement
    {
        for (var e = node.Parent; e is not null && e != stop; e = e.Parent)
            if (e is T) return true;
        return false;
    }

    private static bool IsBold(Run? run)
    {
        var bold = run?.RunProperties?.Bold;
        return bold is not null && (bold.Val is null || bold.Val.Value);
    }
}
