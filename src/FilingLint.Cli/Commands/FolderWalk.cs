using FilingLint.Reporting;

namespace FilingLint.Cli.Commands;

/// <summary>
/// The files under a folder, searched recursively with links followed, each real folder searched once: a link back
/// to a folder above (a loop, followed before until the system gave up, one file linted 41 times) or to a folder
/// searched already is noted and not searched again. Folders reached without a link are searched before those reached
/// through one, so the note is on the link.
/// </summary>
internal static class FolderWalk
{
    /// <summary>A file found: the path it was reached by, its real path (links resolved), and whether a link led to it.</summary>
    public sealed record Found(string Path, string Real, bool ThroughLink);

    /// <param name="wanted">Which file names to keep.</param>
    /// <param name="notes">Receives a line for each folder not searched again; null when nobody reads them.</param>
    public static List<Found> Files(string root, Func<string, bool> wanted, List<string>? notes)
    {
        var files = new List<Found>();
        var searched = new HashSet<string>(RealPath.Comparer);
        var direct = new Stack<(string Path, string Real)>();
        var linked = new Stack<(string Path, string Real)>();
        direct.Push((root, Real(root)));
        while (direct.TryPop(out var folder) || linked.TryPop(out folder))
        {
            if (!searched.Add(folder.Real))
            {
                notes?.Add($"note: {VisibleText.Escape(folder.Path)}: a link to {VisibleText.Escape(folder.Real)}, a folder searched already; its files are linted once");
                continue;
            }
            bool throughLink = !RealPath.Comparer.Equals(Path.GetFullPath(folder.Path), folder.Real);
            foreach (var entry in new DirectoryInfo(folder.Path).EnumerateFileSystemInfos())
            {
                bool link = entry.LinkTarget is not null;
                string real = link ? Real(entry.FullName) : Path.Combine(folder.Real, entry.Name);
                string path = Path.Combine(folder.Path, entry.Name);
                // A link to a folder counts as a folder (followed), whatever the enumeration calls it.
                if (link ? Directory.Exists(real) : entry is DirectoryInfo) (link ? linked : direct).Push((path, real));
                else if (wanted(entry.Name)) files.Add(new Found(path, real, link || throughLink));
            }
        }
        return files;
    }

    private static string Real(string path)
    {
        try
        {
            return RealPath.Of(path);
        }
        catch (IOException)
        {
            // Too many links: a loop of links to links, which leads nowhere to search.
            return Path.GetFullPath(path);
        }
    }
}
