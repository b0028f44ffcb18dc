using System.Diagnostics;
using FilingLint.Documents;
using FilingLint.Documents.Readers;
using FilingLint.Tests.Cli;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Robustness;

/// <summary>
/// HTML shaped to nest past the depth limit while the scan before AngleSharp saw it closed. Before: <c>&lt;div/&gt;</c>
/// counted as closed though a parser opens it, so 100,000 levels reached AngleSharp (240 s, quadratic) and the
/// recursive walk after it; end tags in comments, attribute values, scripts or with a longer name ("div.x") closed
/// elements only the scan saw. Each is now <c>input.unreadable</c> within a second or so, the other files linted.
/// </summary>
public class HtmlNestingTests
{
    private static int Levels => Environment.GetEnvironmentVariable("FILINGLINT_STRESS") == "1" ? 100_000 : 20_000;

    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    public static TheoryData<string> Shapes() => new() { "self-closing", "end-tag-in-comment", "end-tag-in-attribute", "end-tag-in-script", "longer-end-tag-name" };

    private static string Shape(string name) => "<html><body>" + name switch
    {
        "self-closing" => Repeat("<div/>", Levels),
        "end-tag-in-comment" => Repeat("<div><!--</div>-->", Levels),
        "end-tag-in-attribute" => Repeat("<div title=\"</div>\">", Levels),
        "end-tag-in-script" => Repeat("<div><script>x='</div>'</script>", Levels),
        "longer-end-tag-name" => Repeat("<div></div.x>", Levels),
        _ => throw new ArgumentException(name),
    } + "text</body></html>";

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Nesting_the_scan_did_not_count_is_unreadable_quickly(string shape)
    {
        var clock = Stopwatch.StartNew();
        var read = DocumentLoader.Read("deep.html", System.Text.Encoding.UTF8.GetBytes(Shape(shape)));
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        read.Error.ShouldNotBeNull().ShouldContain($"nested more than {HtmlNesting.MaxDepth} elements deep");
    }

    [Fact]
    public void The_other_files_are_still_linted()
    {
        string deep = Path.Combine(CliRun.TempDir(), "deep.html");
        File.WriteAllText(deep, Shape("self-closing"));
        var (exit, output, _) = CliRun.Run("lint", deep, Seed.Path, "--no-config");
        exit.ShouldBe(FilingLint.Cli.ExitCodes.Error);
        output.ShouldContain("deep.html:1:1: error input.unreadable: cannot read this file:");
        output.ShouldContain("legend.rule-424b-header");
    }

    [Fact]
    public void What_really_closes_still_reads()
    {
        // Self-closing SVG shapes, void elements written with a slash, sibling paragraphs, a '>' in a quoted value.
        string html = "<html><body>" + Repeat("<p title='a > b'/>x", 3000) + "<svg>" + Repeat("<path d='M0 0'/>", 3000) + "</svg>"
            + Repeat("<br/><img src='x'/>", 3000) + "<p>The end.</p></body></html>";
        var read = DocumentLoader.Read("fine.html", System.Text.Encoding.UTF8.GetBytes(html));
        read.Error.ShouldBeNull();
        read.Document!.Text.ShouldContain("The end.");
    }
}
