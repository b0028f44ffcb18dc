using System.Text.RegularExpressions;

namespace FilingLint.Documents.Readers;

/// <summary>
/// An EDGAR full submission (<c>.txt</c>, <c>.nc</c>, or an <c>.htm</c> that begins with <c>&lt;DOCUMENT&gt;</c>):
/// the SGML header's fields become metadata, the first (primary) document is read with the HTML or text
/// parser according to its content, exhibits are skipped. Offsets, so lines and columns, are those of the
/// whole submission file.
/// </summary>
internal sealed partial class EdgarSubmissionReader : IDocumentReader
{
    public string Format => "edgar-submission";

    [GeneratedRegex(@"^[ \t]*(?<key>[A-Z][A-Z0-9 \-/&.()]*?):[ \t]*(?<value>[^\r\n]*)$", RegexOptions.Multiline)]
    private static partial Regex HeaderField();

    [GeneratedRegex(@"^<(?<tag>TYPE|SEQUENCE|FILENAME|DESCRIPTION)>[ \t]*(?<value>[^\r\n]*)$", RegexOptions.Multiline)]
    private static partial Regex DocumentField();

    public bool CanRead(string path, ReadOnlySpan<byte> head) => IsSubmission(ContentSniffing.Start(head));

    internal static bool IsSubmission(string start) =>
        start.StartsWith("<SEC-DOCUMENT>", StringComparison.Ordinal) || start.StartsWith("<SEC-HEADER>", StringComparison.Ordinal)
        || start.StartsWith("<IMS-DOCUMENT>", StringComparison.Ordinal) || start.StartsWith("<DOCUMENT>", StringComparison.Ordinal);

    public ReadResult Read(string path, byte[] bytes)
    {
        if (TextDecoding.LooksBinary(bytes))
            return ReadResult.Unreadable("the file is binary (it contains NUL bytes), not an EDGAR submission");
        string source = TextDecoding.Decode(bytes);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);

        int headerStart = source.IndexOf("<SEC-HEADER>", StringComparison.Ordinal);
        if (headerStart < 0) headerStart = source.IndexOf("<IMS-HEADER>", StringComparison.Ordinal);
        int docStart = source.IndexOf("<DOCUMENT>", StringComparison.Ordinal);
        if (headerStart >= 0 && (docStart < 0 || headerStart < docStart))
        {
            int headerEnd = docStart < 0 ? source.Length : docStart;
            // The first occurrence of a key wins: the subject company comes before filers and agents.
            foreach (Match m in HeaderField().Matches(source[headerStart..headerEnd]))
                metadata.TryAdd(m.Groups["key"].Value.Trim(), m.Groups["value"].Value.Trim());
        }

        var builder = new DocumentBuilder();
        if (docStart >= 0)
        {
            int docEnd = source.IndexOf("</DOCUMENT>", docStart, StringComparison.Ordinal);
            if (docEnd < 0) docEnd = source.Length;
            int textTag = source.IndexOf("<TEXT>", docStart, docEnd - docStart, StringComparison.Ordinal);
            foreach (Match m in DocumentField().Matches(source[docStart..(textTag < 0 ? docEnd : textTag)]))
                metadata.TryAdd("DOCUMENT " + m.Groups["tag"].Value, m.Groups["value"].Value.Trim());
            if (textTag >= 0)
            {
                int textStart = textTag + "<TEXT>".Length;
                int textEnd = source.IndexOf("</TEXT>", textStart, docEnd - textStart, StringComparison.Ordinal);
                if (textEnd < 0) textEnd = docEnd;
                if (IsHtml(source, textStart, textEnd, metadata)) HtmlReader.Parse(source, textStart, textEnd, builder);
                else PlainTextReader.Parse(source, textStart, textEnd, builder);
            }
        }
        else
        {
            PlainTextReader.Parse(source, 0, source.Length, builder);
        }
        return ReadResult.Ok(builder.Build(path, Format, source, metadata));
    }

    private static bool IsHtml(string source, int start, int end, IReadOnlyDictionary<string, string> metadata)
    {
        if (metadata.TryGetValue("DOCUMENT FILENAME", out var name) && (name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".html", StringComparison.OrdinalIgnoreCase)))
            return true;
        int window = Math.Min(2000, end - start);
        return source.IndexOf("<html", start, window, StringComparison.OrdinalIgnoreCase) >= 0
            || source.IndexOf("<!DOCTYPE html", start, window, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
