using System.Text.RegularExpressions;

namespace FilingLint.Documents.Readers;

/// <summary>
/// An EDGAR full submission (<c>.txt</c>, <c>.nc</c>, or an <c>.htm</c> that begins with <c>&lt;DOCUMENT&gt;</c>):
/// the SGML header's fields become metadata, the first (primary) document is read with the HTML or text
/// parser according to its content; exhibits are skipped unless asked for, then each is a document of its own.
/// Offsets, so lines and columns, are those of the whole submission file.
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

    public ReadResult Read(string path, ArraySegment<byte> bytes) => Read(path, bytes, exhibits: false);

    /// <summary>With <paramref name="exhibits"/>, the exhibit documents too (see <see cref="IsExhibit"/>).</summary>
    public ReadResult Read(string path, ArraySegment<byte> bytes, bool exhibits)
    {
        if (TextDecoding.LooksBinary(bytes))
            return ReadResult.Unreadable("the file is binary (it contains NUL bytes), not an EDGAR submission");
        string source = TextDecoding.Decode(bytes, exhibits ? bytes.Count : PrimaryEnd(bytes));
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var fields = new List<SgmlHeaderField>();

        int headerStart = source.IndexOf("<SEC-HEADER>", StringComparison.Ordinal);
        if (headerStart < 0) headerStart = source.IndexOf("<IMS-HEADER>", StringComparison.Ordinal);
        int docStart = source.IndexOf("<DOCUMENT>", StringComparison.Ordinal);
        if (headerStart >= 0 && (docStart < 0 || headerStart < docStart))
        {
            int headerEnd = docStart < 0 ? source.Length : docStart;
            // The first occurrence of a key wins: the subject company comes before filers and agents.
            var fileNumbers = new List<string>();
            foreach (Match m in HeaderField().Matches(source[headerStart..headerEnd]))
            {
                string key = m.Groups["key"].Value.Trim(), value = m.Groups["value"].Value.Trim();
                header.TryAdd(key, value);
                if (value.Length > 0)
                {
                    var raw = m.Groups["value"];
                    int start = headerStart + raw.Index + (raw.Value.Length - raw.Value.TrimStart().Length);
                    fields.Add(new SgmlHeaderField(key, value, start, start + value.Length));
                }
                // Every filer's: a co-registrant files under a number of its own ("333-268718-01").
                if (key == "SEC FILE NUMBER" && value.Length > 0 && !fileNumbers.Contains(value)) fileNumbers.Add(value);
            }
            if (fileNumbers.Count > 0) header["SEC FILE NUMBERS"] = string.Join(", ", fileNumbers);
        }

        if (docStart < 0)
        {
            var builder = new DocumentBuilder();
            PlainTextReader.Parse(source, 0, source.Length, builder);
            return ReadResult.Ok(builder.Build(path, Format, source, header, header: fields));
        }
        var primary = ReadDocument(path, source, docStart, header, fields, out int next);
        var exhibitDocuments = new List<Document>();
        while (exhibits && next >= 0)
        {
            var exhibit = ReadDocument(path, source, next, header, fields, out int after, IsExhibit);
            if (exhibit is not null) exhibitDocuments.Add(exhibit);
            next = after;
        }
        return ReadResult.Ok(primary!) with { Exhibits = exhibitDocuments };
    }

    /// <summary>
    /// Where the bytes that matter without the exhibits end: just past the primary document's &lt;/DOCUMENT&gt;, or the
    /// end of the file. Exhibits are half of a typical submission's bytes (graphics, XBRL, legal opinions), and decoding
    /// them only to skip them was a tenth of reading the corpus; the primary document's offsets, so its lines and
    /// columns, are the same in the prefix as in the whole.
    /// </summary>
    private static int PrimaryEnd(ReadOnlySpan<byte> bytes)
    {
        int start = bytes.IndexOf("<DOCUMENT>"u8);
        if (start < 0) return bytes.Length;
        int end = bytes[start..].IndexOf("</DOCUMENT>"u8);
        return end < 0 ? bytes.Length : start + end + "</DOCUMENT>".Length;
    }

    /// <summary>
    /// One &lt;DOCUMENT&gt; of the submission, read over the whole source so offsets stay the submission's; null when
    /// <paramref name="wanted"/> turns it down. <paramref name="next"/> is where the following document starts, or -1.
    /// </summary>
    private Document? ReadDocument(string path, string source, int docStart, IReadOnlyDictionary<string, string> header,
        IReadOnlyList<SgmlHeaderField> fields, out int next,
        Func<IReadOnlyDictionary<string, string>, string, int, int, bool>? wanted = null)
    {
        var metadata = new Dictionary<string, string>(header, StringComparer.Ordinal);
        int docEnd = source.IndexOf("</DOCUMENT>", docStart, StringComparison.Ordinal);
        if (docEnd < 0) docEnd = source.Length;
        next = docEnd < source.Length ? source.IndexOf("<DOCUMENT>", docEnd, StringComparison.Ordinal) : -1;
        int textTag = source.IndexOf("<TEXT>", docStart, docEnd - docStart, StringComparison.Ordinal);
        foreach (Match m in DocumentField().Matches(source[docStart..(textTag < 0 ? docEnd : textTag)]))
            metadata.TryAdd("DOCUMENT " + m.Groups["tag"].Value, m.Groups["value"].Value.Trim());
        int textStart = textTag < 0 ? docEnd : textTag + "<TEXT>".Length;
        int textEnd = textTag < 0 ? docEnd : source.IndexOf("</TEXT>", textStart, docEnd - textStart, StringComparison.Ordinal);
        if (textEnd < 0) textEnd = docEnd;
        if (wanted is not null)
        {
            if (!wanted(metadata, source, textStart, textEnd)) return null;
            // An exhibit is a document of its own kind (a legal opinion, a consent): its form is its exhibit type,
            // so the submission's prospectus rules do not apply to it.
            metadata["CONFORMED SUBMISSION TYPE"] = metadata["DOCUMENT TYPE"];
        }
        var builder = new DocumentBuilder();
        if (textTag >= 0)
        {
            if (IsHtml(source, textStart, textEnd, metadata)) HtmlReader.Parse(source, textStart, textEnd, builder);
            else PlainTextReader.Parse(source, textStart, textEnd, builder);
        }
        return builder.Build(path, Format, source, metadata, header: fields);
    }

    /// <summary>
    /// An exhibit worth linting: an <c>EX-</c> document in text or HTML; not the XBRL files (<c>EX-101.*</c>),
    /// graphics, PDFs or archives, and not uuencoded content.
    /// </summary>
    private static bool IsExhibit(IReadOnlyDictionary<string, string> metadata, string source, int textStart, int textEnd)
    {
        if (!metadata.TryGetValue("DOCUMENT TYPE", out var type) || !type.StartsWith("EX-", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("EX-101", StringComparison.OrdinalIgnoreCase))
            return false;
        if (metadata.TryGetValue("DOCUMENT FILENAME", out var name)
            && !(name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
                 || name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)))
            return false;
        var content = source.AsSpan(textStart, Math.Min(200, textEnd - textStart)).TrimStart();
        return !content.StartsWith("begin ", StringComparison.Ordinal) && !content.StartsWith("<XBRL>", StringComparison.OrdinalIgnoreCase);
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
