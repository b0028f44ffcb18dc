using FilingLint.Facts.Extractors;
using FsCheck;
using FsCheck.Fluent;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Facts;

public class WrittenNumberTests
{
    [Theory]
    [InlineData("thirty", 30)]
    [InlineData("one hundred twenty-five", 125)]
    [InlineData("two million five hundred thousand", 2_500_000)]
    [InlineData("Five Million", 5_000_000)]
    [InlineData("one hundred and one", 101)]
    [InlineData("fourteen million five hundred thousand", 14_500_000)]
    public void Words_are_read_as_numbers(string words, decimal value) =>
        WrittenNumberExtractor.ReadWords(words).ShouldBe(value);

    [Theory]
    [InlineData("$5,000,000", 5_000_000)]
    [InlineData("$2.5 million", 2_500_000)]
    [InlineData("30", 30)]
    public void Figures_are_read_with_their_scale(string figure, decimal value) =>
        WrittenNumberExtractor.ReadFigure(figure).ShouldBe(value);

    [Fact]
    public void The_seed_has_no_words_and_figures_and_a_mismatch_is_found_at_its_place()
    {
        Seed.Facts(Seed.Text).WrittenNumbers.ShouldBeEmpty();
        var found = Seed.Facts("The cap is five million dollars ($4,000,000) in all.").WrittenNumbers.ShouldHaveSingleItem();
        (found.Text, found.WordsValue, found.FigureValue, found.Agrees).ShouldBe(("five million dollars ($4,000,000)", 5_000_000m, 4_000_000m, false));
    }
}

public class WrittenNumberScanTests
{
    [Fact]
    public void Scanning_only_before_figures_finds_what_a_scan_of_the_whole_text_finds()
    {
        string[] vocabulary = ["five", "million", "hundred", "and", "twenty-one", "someone", "often", " ", "  ", "\n", "-",
            "dollars", "U.S.", "(", ")", "($5,000,000)", "(30)", "$", "4", ",000", "%", "(the “Agreement”)", "x", new string('y', 120)];
        var texts = Gen.Elements(vocabulary).ArrayOf().Select(w => string.Join("", w));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3000),
            Prop.ForAll(texts.ToArbitrary(), text =>
                WrittenNumberExtractor.Candidates(text).Select(m => (m.Index, m.Value)).ShouldBe(
                    WrittenNumberExtractor.WordsAndFigure().Matches(text).Select(m => (m.Index, m.Value)), text)));
    }
}
