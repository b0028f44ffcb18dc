using System.Runtime.CompilerServices;
using Xunit;

namespace FilingLint.Tests.Corpus;

/// <summary>A theory over the shared corpus that is skipped, saying why, when the corpus is absent.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute([CallerMemberName] string test = "") =>
        CorpusSkip.Apply(this, SharedCorpus.Directory is null ? SharedCorpus.Missing : null, test);
}
