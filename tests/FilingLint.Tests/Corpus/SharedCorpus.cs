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
        string corpus = Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "corpus"));
        return System.IO.Directory.Exists(corpus) ? corpus : null;
    }
}
