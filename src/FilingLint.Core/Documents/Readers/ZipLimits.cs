using System.IO.Compression;

namespace FilingLint.Documents.Readers;

/// <summary>
/// Limits checked on a .docx before OpenXml unpacks it, against zip bombs: the number of entries and their
/// total uncompressed size. .NET's zip reader refuses an entry that inflates past its declared size, so the
/// declared sizes are a real bound.
/// </summary>
internal static class ZipLimits
{
    public const int MaxEntries = 10_000;
    public const long MaxUncompressedBytes = 512L * 1024 * 1024;

    /// <summary>Why the archive is refused, or null when it is within the limits.</summary>
    public static string? Check(byte[] bytes)
    {
        using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (archive.Entries.Count > MaxEntries)
            return $"the .docx has {archive.Entries.Count:N0} zip entries, over the limit of {MaxEntries:N0}";
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            total += entry.Length;
            if (total > MaxUncompressedBytes)
                return $"the .docx would unpack to more than {MaxUncompressedBytes / (1024 * 1024):N0} MB (a zip bomb?)";
        }
        return null;
    }
}
