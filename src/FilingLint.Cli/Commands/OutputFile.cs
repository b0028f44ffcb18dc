using FilingLint.Configuration;

namespace FilingLint.Cli.Commands;

/// <summary>
/// Writes a report. A regular file (or a new one) is written atomically: to a temporary file beside it, renamed into
/// place, so a failure leaves the previous report intact and no temporary file is left on any way out
/// (<see cref="TempFiles"/>). A symbolic link, a device or a named pipe (<c>/dev/null</c>, <c>/dev/stdout</c>, a
/// process substitution's <c>/dev/fd/63</c>) is written through, as the user asked: a rename would replace it with a
/// regular file. Which paths may be written at all is <see cref="OutputTargets"/>' question, asked before the run.
/// </summary>
internal static class OutputFile
{
    /// <summary>A named pipe's reader may start a little after the run; one that never does must not hang it.</summary>
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(10);

    public static void Write(string path, Action<TextWriter> write)
    {
        if (new FileInfo(path).LinkTarget is not null || SpecialFile.Is(path))
        {
            WriteThrough(path, write);
            return;
        }
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        string temp = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var writer = new StreamWriter(TempFiles.Create(temp), new System.Text.UTF8Encoding(false)))
                write(writer);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            TempFiles.Release(temp);
        }
    }

    private static void WriteThrough(string path, Action<TextWriter> write)
    {
        // Create, not Open: a link whose target is gone gets its target back; a device or pipe ignores the truncation.
        using var stream = TimedOpen.Open(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite, OpenTimeout,
            $"opening it did not finish in {OpenTimeout.TotalSeconds:0} s (a named pipe nobody reads?)");
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
        write(writer);
    }
}
