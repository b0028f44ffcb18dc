namespace FilingLint.Tests.Corpus;

/// <summary>The 27 public filings at ../shared/corpus beside the repository (absent on a bare clone).</summary>
internal static class SharedCorpus
{
    public static string? Directory { get; } = Find();

    public const string Missing = "the shared corpus is not there: expected ../shared/corpus beside the repository root (see SOURCES.tsv); these tests need it";

    public static IEnumerable<string> Files => Directory is null
        ? []
        : System.IO.Directory.EnumerateFiles(Directory)
            .Where(f => !Path.GetFileName(f).Equals("SOURCES.tsv", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal);

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FilingLint.sln")))
            {
                string corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
                return System.IO.Directory.Exists(corpus) ? corpus : null;
            }
        }
        return null;
    }
}
