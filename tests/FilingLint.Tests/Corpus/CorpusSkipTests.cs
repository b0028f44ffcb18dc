using Shouldly;
using Xunit;

namespace FilingLint.Tests.Corpus;

public class CorpusSkipTests
{
    [Fact]
    public void Without_the_corpus_the_test_is_skipped_and_its_shown_name_says_why()
    {
        var attribute = new FactAttribute();
        CorpusSkip.Apply(attribute, SharedCorpus.Missing, "Corpus_filing_is_linted");
        attribute.Skip.ShouldBe(SharedCorpus.Missing);
        attribute.DisplayName.ShouldBe($"Corpus_filing_is_linted (skipped: {SharedCorpus.Missing})");
    }

    [Fact]
    public void With_the_corpus_the_test_runs_under_its_own_name()
    {
        var attribute = new FactAttribute();
        CorpusSkip.Apply(attribute, null, "Corpus_filing_is_linted");
        attribute.Skip.ShouldBeNull();
        attribute.DisplayName.ShouldBeNull();
    }

    [Fact]
    public void The_corpus_attributes_give_the_skip_the_name_of_the_test_they_mark()
    {
        // Built as xunit builds it, on the method it marks; here the corpus is present, so only the name is checked.
        var method = typeof(CorpusLintTests).GetMethod(nameof(CorpusLintTests.Corpus_filing_is_linted_without_errors_of_the_tool))!;
        var data = method.GetCustomAttributesData().Single(a => a.AttributeType == typeof(CorpusTheoryAttribute));
        data.ConstructorArguments.ShouldHaveSingleItem().Value.ShouldBe(method.Name);
    }
}
