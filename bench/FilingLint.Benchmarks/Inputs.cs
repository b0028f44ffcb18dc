namespace FilingLint.Benchmarks;

/// <summary>Where the real inputs are: the repository's seed and the corpus filings checked in for the golden tests.</summary>
internal static class Inputs
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Seed => Path.Combine(RepositoryRoot, "seeds", "003_5d95c712dadc11a9.txt");

    public static string CorpusFixtures => Path.Combine(RepositoryRoot, "tests", "FilingLint.Tests", "Fixtures", "corpus");

    /// <summary>A real EDGAR submission with an HTML primary document (about 0.5 MB).</summary>
    public static string Submission => Path.Combine(CorpusFixtures, "imunon_424b5_best_efforts_2025-12-31.txt");

    /// <summary>A real EDGAR HTML primary document (about 0.5 MB).</summary>
    public static string Html => Path.Combine(CorpusFixtures, "nextera_424b5_atm_equity_distribution_2025-12-31.primary.htm");

    // BenchmarkDotNet runs the benchmarks from a generated project below bin/, so walk up to the solution.
    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FilingLint.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FilingLint.sln"))) return dir.FullName;
        throw new InvalidOperationException("FilingLint.sln not found above " + AppContext.BaseDirectory);
    }
}
