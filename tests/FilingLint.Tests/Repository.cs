namespace FilingLint.Tests;

/// <summary>The repository the tests run in: its root (where FilingLint.sln is) and the built-in rules' fixture files.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    /// <summary>Every file under a <c>fixtures/</c> folder of <c>rules/</c>, in ordinal order.</summary>
    public static IReadOnlyList<string> RuleFixtures() =>
        Directory.EnumerateFiles(Path.Combine(Root, "rules"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}fixtures{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal).ToList();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FilingLint.sln"))) return dir.FullName;
        throw new InvalidOperationException("FilingLint.sln not found above the test folder");
    }
}
