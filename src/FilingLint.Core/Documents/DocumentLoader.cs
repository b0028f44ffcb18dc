using System.Buffers;
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
        // A rented buffer, not a new array per file: every filing's bytes were a large object, and large objects are
        // reclaimed only by full collections, which a corpus run paid for several times over.
        byte[]? buffer = null;
        try
        {
            int length;
            try
            {
                // Sized before it is opened: a FIFO or a device has no length and is never opened (opening a FIFO waits).
                var info = new FileInfo(path);
                if (!info.Exists) return ReadResult.Unreadable("the file does not exist");
                if (info.Length == 0) return ReadResult.Unreadable("the file is empty (0 bytes)");
                if (info.Length > maxBytes)
                    return ReadResult.Unreadable($"the file is {info.Length:N0} bytes, over the {maxBytes:N0}-byte limit");
                if (info.Length > Array.MaxLength)
                    return ReadResult.Unreadable($"the file is {info.Length:N0} bytes, more than one read can hold");
                int size = (int)info.Length;
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
                buffer = ArrayPool<byte>.Shared.Rent(size);
                // What the file holds now, up to the size it had: a file that shrank meanwhile is read as it is.
                length = stream.ReadAtLeast(buffer.AsSpan(0, size), size, throwOnEndOfStream: false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return ReadResult.Unreadable(e.Message);
            }
            return Read(path, new ArraySegment<byte>(buffer, 0, length), exhibits);
        }
        finally
        {
            if (buffer is not null) ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static ReadResult Read(string path, byte[] bytes, bool exhibits = false) => Read(path, new ArraySegment<byte>(bytes), exhibits);

    internal static ReadResult Read(string path, ArraySegment<byte> bytes, bool exhibits)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Count, 4096));
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
