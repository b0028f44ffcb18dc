using System.Text;

namespace FilingLint.Configuration;

/// <summary>
/// Reads the small text files a user points FilingLint at (rules, configurations, templates, baselines) with a size
/// limit counted as the bytes arrive, so a device that never ends (<c>/dev/zero</c>) is refused after the limit rather
/// than read to the memory's end, and a named pipe nobody writes to is refused after a short wait rather than
/// waited on for ever. The length a file claims is not trusted: devices and pipes claim none.
/// </summary>
public static class UserFile
{
    /// <summary>How long opening a file may take before it is taken for a pipe with no writer.</summary>
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(3);

    /// <exception cref="IOException">Not a readable file, over <paramref name="maxBytes"/>, or never opened; the message says which.</exception>
    /// <exception cref="UnauthorizedAccessException">The user may not read it.</exception>
    public static string ReadAllText(string path, long maxBytes)
    {
        if (Directory.Exists(path)) throw new IOException("it is a folder, not a file");
        using var stream = TimedOpen.Open(path, FileMode.Open, FileAccess.Read, FileShare.Read, OpenTimeout,
            "it is not a regular file: opening it did not finish (a named pipe with no writer?)");
        var bytes = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (bytes.Length + read > maxBytes) throw new IOException($"it is over the {maxBytes:N0}-byte limit (a device or a runaway file?)");
            bytes.Write(buffer, 0, read);
        }
        bytes.Position = 0;
        using var reader = new StreamReader(bytes, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
