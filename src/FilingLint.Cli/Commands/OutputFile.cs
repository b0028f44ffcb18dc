namespace FilingLint.Cli.Commands;

/// <summary>
/// Writes a report atomically: to a temporary file beside the target, then renamed into place, so a failure
/// leaves the previous report intact. Refuses to overwrite one of the run's inputs.
/// </summary>
internal static class OutputFile
{
    public static void Write(string path, IEnumerable<string> inputs, Action<TextWriter> write)
    {
        string full = Path.GetFullPath(path);
        if (inputs.Any(i => string.Equals(Path.GetFullPath(i), full, StringComparison.Ordinal)))
            throw new IOException($"refusing to write the report over an input file: {path}");
        string directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        string temp = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var writer = new StreamWriter(temp, false, new System.Text.UTF8Encoding(false)))
                write(writer);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
