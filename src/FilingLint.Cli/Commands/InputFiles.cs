using FilingLint.Documents;

namespace FilingLint.Cli.Commands;

/// <summary>Expands the paths given on the command line: files as given, directories searched recursively for filings.</summary>
internal static class InputFiles
{
    public static List<string> Expand(IEnumerable<string> paths, List<string> missing)
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
            else missing.Add(path);
        }
        return files.Distinct().ToList();
    }
}
