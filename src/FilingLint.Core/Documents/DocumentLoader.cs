using FilingLint.Documents.Readers;

namespace FilingLint.Documents;

/// <summary>Reads a file with the reader its extension and content call for; never throws on bad input.</summary>
public static class DocumentLoader
{
    /// <summary>Files above this size are refused unread (100 MB; configurable per run).</summary>
    public const long DefaultMaxBytes = 100L * 1024 * 1024;

    // Content decides before the extension: an .htm that begins with <DOCUMENT> is a submission.
    private static readonly IDocumentReader[] Readers =
        { new EdgarSubmissionReader(), new DocxReader(), new HtmlReader(), new PlainTextReader() };

    public static readonly IReadOnlySet<string> Extensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".markdown", ".nc", ".htm", ".html", ".docx" };

    /// <summary>Reads a file; with <paramref name="exhibits"/>, an EDGAR submission's exhibits as well (<see cref="ReadResult.Exhibits"/>).</summary>
    public static ReadResult Load(string path, long maxBytes = DefaultMaxBytes, bool exhibits = false)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return ReadResult.Unreadable("the file does not exist");
            if (info.Length == 0) return ReadResult.Unreadable("the file is empty (0 bytes)");
            if (info.Length > maxBytes)
                return ReadResult.Unreadable($"the file is {info.Length:N0} bytes, over the {maxBytes:N0}-byte limit");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Unreadable(e.Message);
        }
        return Read(path, bytes, exhibits);
    }

    public static ReadResult Read(string path, byte[] bytes, bool exhibits = false)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 4096));
        IDocumentReader reader = Readers[^1];
        foreach (var candidate in Readers)
        {
            if (candidate.CanRead(path, head)) { reader = candidate; break; }
        }
        try
        {
            return exhibits && reader is EdgarSubmissionReader submission ? submission.Read(path, bytes, exhibits: true) : reader.Read(path, bytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ReadResult.Unreadable($"the {reader.Format} reader failed: {e.Message}");
        }
    }
}
