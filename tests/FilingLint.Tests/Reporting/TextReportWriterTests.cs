using FilingLint.Reporting;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Reporting;

public class TextReportWriterTests
{
    [Fact]
    public void Colours_only_when_asked_and_the_words_stay_the_same()
    {
        var run = SeedRuns.Of(Seed.Text);
        string plain = SeedRuns.Render(new TextReportWriter(), run);
        string colored = SeedRuns.Render(new TextReportWriter(color: true), run);
        plain.ShouldNotContain("\u001b[");
        colored.ShouldContain("\u001b[1;31merror\u001b[0m");
        System.Text.RegularExpressions.Regex.Replace(colored, "\u001b\\[[0-9;]*m", "").ShouldBe(plain);
    }
}
