using Xunit;

namespace FilingLint.Tests.Corpus;

/// <summary>A theory over the shared corpus that is skipped, saying why, when the corpus is absent.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (SharedCorpus.Directory is null) Skip = SharedCorpus.Missing;
    }
}
