namespace FilingLint.Cli.Commands;

/// <summary>
/// A path with every symbolic link in it resolved, as realpath(3) does but also for a path whose last parts do not
/// exist yet (an output about to be written), so that two spellings of one file compare equal: an output written
/// through a link to a rules file, a folder reached a second time through a link. <c>..</c> is taken lexically before
/// links are resolved, as <see cref="Path.GetFullPath(string)"/> does.
/// </summary>
internal static class RealPath
{
    /// <summary>More links than this in one path is a loop; Linux gives up at 40 as well.</summary>
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>Linux file names are case-sensitive; Windows' and macOS's usually are not.</summary>
    public static StringComparer Comparer { get; } = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    /// <exception cref="IOException">More than <see cref="MaxLinks"/> links: a loop.</exception>
    public static string Of(string path)
    {
        string full = Path.GetFullPath(path);
        string current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full));
        int links = 0;
        while (pending.TryPop(out var part))
        {
            string next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) throw new IOException($"too many symbolic links (a loop?) in {path}");
            // A relative target is relative to the link's folder, which is real by now.
            string resolved = Path.GetFullPath(target, current);
            foreach (var p in Parts(resolved)) pending.Push(p);
            current = Path.GetPathRoot(resolved)!;
        }
        return current;
    }

    /// <summary>The parts after the root, last first (for a stack).</summary>
    private static IEnumerable<string> Parts(string full) =>
        full[Path.GetPathRoot(full)!.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse();
}
