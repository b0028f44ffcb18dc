using FilingLint.Documents;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace FilingLint.Cli.Commands;

/// <summary>
/// Expands the paths given on the command line: files as given, directories searched recursively for filings,
/// globs (<c>filings/**/*.txt</c>) matched from their folder part; then drops the <c>--exclude</c> globs.
/// </summary>
internal static class InputFiles
{
    public static List<string> Expand(IEnumerable<string> paths, List<string> missing, IReadOnlyList<string>? excludes = null)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => DocumentLoader.Extensions.Contains(Path.GetExtension(f)))
                    .OrderBy(f => f, StringComparer.Ordinal));
            }
            else if (File.Exists(path)) files.Add(path);
            else if (IsGlob(path))
            {
                var matched = Glob(path);
                if (matched.Count == 0) missing.Add(path);
                files.AddRange(matched);
            }
            else missing.Add(path);
        }
        var result = files.Distinct().ToList();
        if (excludes is { Count: > 0 })
        {
            var excluded = new Matcher(StringComparison.Ordinal);
            foreach (var e in excludes) excluded.AddInclude(e.Replace('\\', '/'));
            result.RemoveAll(f => ExcludeCandidates(f).Any(c => excluded.Match(c).HasMatches));
        }
        return result;
    }

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

    public static bool IsGlob(string path) => path.IndexOfAny(['*', '?', '[', '{']) >= 0;

    /// <summary>Matches a glob from its longest folder prefix without wildcards; only files FilingLint reads.</summary>
    private static List<string> Glob(string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        int fixedCount = segments.TakeWhile(s => !IsGlob(s)).Count();
        string root = fixedCount == 0 ? "." : string.Join('/', segments[..fixedCount]);
        if (pattern.StartsWith('/') && fixedCount <= 1) root = "/";
        if (!Directory.Exists(root)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', segments[fixedCount..]));
        return matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(root))).Files
            .Select(m => fixedCount == 0 ? m.Path : Path.Combine(root, m.Path))
            .Where(f => DocumentLoader.Extensions.Contains(Path.GetExtension(f)))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }
}
