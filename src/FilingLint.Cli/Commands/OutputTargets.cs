namespace FilingLint.Cli.Commands;

/// <summary>
/// Checks a lint run's output paths before anything is linted. A report written over one of the run's own files (an
/// input, a rules file, a configuration, the template, the baseline) would destroy it, and of two outputs to one file
/// only the last would be left. Paths are compared after resolving links, which the writes follow.
/// </summary>
internal static class OutputTargets
{
    /// <summary>An output path as the user gave it.</summary>
    /// <param name="Option">How it was given, for the message: <c>--output json=out.json</c>.</param>
    /// <param name="MayReplace">The one file of the run it may be written over: <c>--write-baseline</c> over <c>--baseline</c>, refreshing it.</param>
    public sealed record Target(string Option, string Path, string? MayReplace = null);

    /// <summary>A file the run reads, and what it is to the run (<c>a rules file</c>).</summary>
    public sealed record Read(string Path, string Role);

    /// <summary>One line per refused output (empty when all may be written).</summary>
    public static List<string> Problems(IReadOnlyList<Target> outputs, IEnumerable<Read> reads)
    {
        var problems = new List<string>();
        if (outputs.Count == 0) return problems;
        var readByPath = new Dictionary<string, Read>(RealPath.Comparer);
        foreach (var read in reads) readByPath.TryAdd(Real(read.Path), read);
        var written = new Dictionary<string, Target>(RealPath.Comparer);
        foreach (var output in outputs)
        {
            string real = Real(output.Path);
            if (readByPath.TryGetValue(real, out var read)
                && !(output.MayReplace is { } allowed && RealPath.Comparer.Equals(Real(allowed), real)))
                problems.Add($"error: refusing {output.Option}: {output.Path} is {read.Role} of this run"
                    + (Same(output.Path, read.Path) ? "" : $" ({read.Path})"));
            else if (!written.TryAdd(real, output))
                problems.Add($"error: refusing {output.Option}: {written[real].Option} writes the same file");
        }
        return problems;
    }

    /// <summary>The same spelling, give or take the current folder: otherwise the message names the file reached through a link.</summary>
    private static bool Same(string a, string b) => RealPath.Comparer.Equals(Path.GetFullPath(a), Path.GetFullPath(b));

    private static string Real(string path)
    {
        try
        {
            return RealPath.Of(path);
        }
        catch (Exception e) when (e is IOException or ArgumentException)
        {
            // A link loop or a name no file can have: no file the run reads is behind it, and writing will say so.
            return path;
        }
    }
}
