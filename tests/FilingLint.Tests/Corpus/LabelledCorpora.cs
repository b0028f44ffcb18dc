using System.Runtime.CompilerServices;
using Xunit;

namespace FilingLint.Tests.Corpus;

/// <summary>The labelled corpora, ../shared/corpus and ../shared/corpus-dev beside the repository (absent on a bare clone).</summary>
internal static class LabelledCorpora
{
    public const string Missing = "the labelled corpora are not there: expected ../shared/corpus and ../shared/corpus-dev beside the repository root";

    public static string RepoRoot => Repository.Root;

    /// <summary>Both folders, or null when either is missing.</summary>
    public static string[]? Folders { get; } = Find();

    private static string[]? Find()
    {
        string shared = Path.Combine(RepoRoot, "..", "shared");
        var folders = new[] { Path.Combine(shared, "corpus"), Path.Combine(shared, "corpus-dev") };
        return folders.All(Directory.Exists) ? folders : null;
    }
}

/// <summary>A fact over the labelled corpora that is skipped, saying why, when they are absent.</summary>
public sealed class LabelledCorporaFactAttribute : FactAttribute
{
    public LabelledCorporaFactAttribute([CallerMemberName] string test = "") =>
        CorpusSkip.Apply(this, LabelledCorpora.Folders is null ? LabelledCorpora.Missing : null, test);
}

/// <summary>The real EDGAR submissions at ../shared/corpus-dev beside the repository (absent on a bare clone).</summary>
internal static class CorpusDev
{
    public const string Missing = "corpus-dev is not there: expected ../shared/corpus-dev beside the repository root; these tests read its real filings and never copy them";

    public static string? Directory { get; } = Find();

    private static string? Find()
    {
        string folder = Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "corpus-dev"));
        return System.IO.Directory.Exists(folder) ? folder : null;
    }
}

/// <summary>A fact over ../shared/corpus-dev that is skipped, saying why, when it is absent.</summary>
public sealed class CorpusDevFactAttribute : FactAttribute
{
    public CorpusDevFactAttribute([CallerMemberName] string test = "") =>
        CorpusSkip.Apply(this, CorpusDev.Directory is null ? CorpusDev.Missing : null, test);
}
