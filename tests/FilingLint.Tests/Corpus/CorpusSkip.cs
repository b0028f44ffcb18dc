using Xunit;

namespace FilingLint.Tests.Corpus;

/// <summary>
/// Skips a corpus test when its corpus is absent. <c>dotnet test</c> names a skipped test but prints its skip reason
/// only at normal verbosity, so the reason also goes into the name it shows.
/// </summary>
internal static class CorpusSkip
{
    public static void Apply(FactAttribute attribute, string? missing, string test)
    {
        if (missing is null) return;
        attribute.Skip = missing;
        attribute.DisplayName = $"{test} (skipped: {missing})";
    }
}
