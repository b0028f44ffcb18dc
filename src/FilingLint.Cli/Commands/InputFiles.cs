using FilingLint.Configuration;
using FilingLint.Documents;
using FilingLint.Reporting;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace FilingLint.Cli.Commands;

/// <summary>
/// Expands the paths given on the command line: files as given, directories searched recursively for filings,
/// globs (<c>filings/**/*.txt</c>, in the dialect of <see cref="Glob"/>) matched from their folder part; then drops
/// the <c>--exclude</c> globs.
/// </summary>
internal static class InputFiles
{
    /// <summary>The first path or exclude that is a glob FilingLint cannot use, with why; null when all can be used.</summary>
    public static string? Problem(IEnumerable<string> paths, IEnumerable<string> excludes) =>
        paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).Concat(excludes).Select(Glob.Problem).FirstOrDefault(p => p is not null);

    /// <param name="notes">Receives a line for each folder or file reached a second time through a link (linted once).</param>
    public static List<string> Expand(IEnumerable<string> paths, List<string> missing, IReadOnlyList<string>? excludes = null, List<string>? notes = null)
    {
        var files = new List<FolderWalk.Found>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path)) files.AddRange(InFolder(path, notes));
            else if (File.Exists(path)) files.Add(Given(path));
            else if (Glob.IsGlob(path))
            {
                var matched = Matches(path);
                if (matched.Count == 0) missing.Add(path);
                files.AddRange(matched.Select(Given));
            }
            else missing.Add(path);
        }
        var result = Once(files, notes);
        if (excludes is { Count: > 0 })
        {
            var excluded = Glob.Matcher(excludes);
            result.RemoveAll(f => ExcludeCandidates(f).Any(c => excluded.Match(c).HasMatches));
        }
        return result;
    }

    /// <summary>A file named on the command line or by a glob.</summary>
    private static FolderWalk.Found Given(string path)
    {
        string full = Path.GetFullPath(path);
        string real;
        try
        {
            real = RealPath.Of(path);
        }
        catch (IOException)
        {
            real = full;
        }
        return new FolderWalk.Found(path, real, !RealPath.Comparer.Equals(full, real));
    }

    /// <summary>
    /// Each real file once, in the order found: the spelling reached without a link when there is one, else the first.
    /// A second spelling through a link is noted; the same path given twice is simply one file, as it always was.
    /// </summary>
    private static List<string> Once(List<FolderWalk.Found> files, List<string>? notes)
    {
        var kept = new Dictionary<string, FolderWalk.Found>(RealPath.Comparer);
        foreach (var f in files)
            if (!kept.TryGetValue(f.Real, out var first) || first.ThroughLink && !f.ThroughLink) kept[f.Real] = f;
        var result = new List<string>();
        var emitted = new HashSet<string>(RealPath.Comparer);
        foreach (var f in files)
        {
            var keep = kept[f.Real];
            if (ReferenceEquals(f, keep)) { if (emitted.Add(f.Real)) result.Add(f.Path); }
            else if (f.ThroughLink && f.Path != keep.Path)
                notes?.Add($"note: {VisibleText.Escape(f.Path)}: the same file as {VisibleText.Escape(keep.Path)} (through a link); linted once");
        }
        return result;
    }

    /// <summary>
    /// Why nothing is left to lint: each path or glob with what it gave, for the error that stops a run with no
    /// input (a wrong path in CI must not pass as a clean run).
    /// </summary>
    public static string NothingFound(IEnumerable<string> paths, IReadOnlyList<string> excludes)
    {
        string readable = string.Join(", ", DocumentLoader.Extensions.Order(StringComparer.Ordinal));
        var lines = new List<string> { "error: no file to lint; tried:" };
        foreach (var path in paths)
        {
            string what;
            if (Directory.Exists(path))
            {
                int found = InFolder(path, null).Count;
                what = found == 0 ? $"a folder with no file FilingLint reads ({readable})" : $"a folder of {found} file(s), all left out by --exclude";
            }
            else if (File.Exists(path)) what = "a file, left out by --exclude";
            else if (Glob.IsGlob(path))
            {
                int found = Matches(path).Count;
                what = found == 0 ? $"a glob matching no file FilingLint reads ({readable})" : $"a glob matching {found} file(s), all left out by --exclude";
            }
            else what = "no such file or folder";
            lines.Add($"  {path}: {what}");
        }
        if (excludes.Count > 0) lines.Add($"  --exclude {string.Join(" --exclude ", excludes)}");
        return string.Join('\n', lines);
    }

    private static List<FolderWalk.Found> InFolder(string path, List<string>? notes) =>
        FolderWalk.Files(path, name => DocumentLoader.Extensions.Contains(Path.GetExtension(name)), notes)
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

    /// <summary>An exclude glob is matched against the path as given and as relative to the current folder (without a root or leading <c>./</c>).</summary>
    private static IEnumerable<string> ExcludeCandidates(string file)
    {
        static string Clean(string p)
        {
            p = p.Replace('\\', '/');
            p = p[Path.GetPathRoot(p)!.Length..];
            while (p.StartsWith("./", StringComparison.Ordinal)) p = p[2..];
            return p;
        }
        yield return Clean(file);
        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), file);
        if (!relative.StartsWith("..", StringComparison.Ordinal)) yield return Clean(relative);
    }

    /// <summary>Matches a glob from its longest folder prefix without wildcards; only files FilingLint reads.</summary>
    private static List<string> Matches(string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        int fixedCount = segments.TakeWhile(s => !Glob.IsGlob(s)).Count();
        string root = fixedCount == 0 ? "." : string.Join('/', segments[..fixedCount]);
        if (pattern.StartsWith('/') && fixedCount <= 1) root = "/";
        if (!Directory.Exists(root)) return [];
        return Glob.Matcher([string.Join('/', segments[fixedCount..])]).Execute(new DirectoryInfoWrapper(new DirectoryInfo(root))).Files
            .Select(m => fixedCount == 0 ? m.Path : Path.Combine(root, m.Path))
            .Where(f => DocumentLoader.Extensions.Contains(Path.GetExtension(f)))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }
}
