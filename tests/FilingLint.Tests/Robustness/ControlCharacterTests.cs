using System.Text.Json;
using System.Xml.Linq;
using FilingLint.Cli;
using FilingLint.Engine;
using FilingLint.Findings;
using FilingLint.Reporting;
using FilingLint.Tests.Cli;
using FilingLint.Tests.Reporting;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Robustness;

/// <summary>
/// Terminal and CI injection through the outputs. Before: a file name holding "\n::error file=…::…" printed a
/// workflow command line of its own in <c>--format text</c>, ANSI escapes in filing text reached the terminal through
/// a finding's message, a control character in a path crashed the JUnit writer (and the outputs after it were lost),
/// and bidi overrides reached the report raw. Each is now shown as an escape: <c>\n</c>, <c>\x1b</c>, <c>\u202e</c>.
/// </summary>
public class ControlCharacterTests
{
    private const string HostilePath = "dir/a\n::error file=x.txt::forged\r\u001b[2J\u0085\u202eb.txt";
    private const string ShownPath = @"dir/a\n::error file=x.txt::forged\r\x1b[2J\x85\u202eb.txt";
    private const string HostileMessage = "“Sales\u001b]0;title\u0007 Agreement” \u2066is\u2069 \u202enot defined\u0000";
    private const string ShownMessage = @"“Sales\x1b]0;title\x07 Agreement” \u2066is\u2069 \u202enot defined\x00";

    private static LintRun Hostile()
    {
        var finding = new Finding("terms.x", Severity.Error, HostileMessage, HostilePath, new Location(3, 4, 3, 9), "Sales", "line one\nline two\u001b[0m");
        return new LintRun([new FileResult(HostilePath, [finding], [], null, null)], [], DateTimeOffset.UnixEpoch);
    }

    /// <summary>Nothing that acts on a terminal or a log is left in <paramref name="text"/> but the line breaks between lines.</summary>
    private static void NothingActs(string text)
    {
        foreach (char c in text)
        {
            if (c == '\n') continue;
            (char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069').ShouldBeFalse($"U+{(int)c:X4} left raw");
        }
    }

    [Fact]
    public void Text_output_keeps_one_finding_on_one_line_and_shows_the_controls()
    {
        string text = SeedRuns.Render(new TextReportWriter(), Hostile());
        NothingActs(text);
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe(
        [
            $"{ShownPath}:3:4: error terms.x: {ShownMessage}",
            @"    suggestion: line one\nline two\x1b[0m",
            "1 error, 0 warnings, 0 info in 1 file",
        ]);
    }

    [Fact]
    public void Explain_output_shows_the_controls_in_a_file_name()
    {
        var output = new StringWriter();
        ExplainWriter.Write(Hostile(), output);
        NothingActs(output.ToString());
        output.ToString().ShouldContain($"\n{ShownPath}: ");
    }

    [Fact]
    public void Coloured_text_output_has_only_its_own_escapes()
    {
        string text = SeedRuns.Render(new TextReportWriter(color: true), Hostile());
        System.Text.RegularExpressions.Regex.Replace(text, "\u001b\\[[0-9;]*m", "").ShouldBe(SeedRuns.Render(new TextReportWriter(), Hostile()));
    }

    [Fact]
    public void A_file_name_cannot_forge_a_workflow_command()
    {
        string output = SeedRuns.Render(new GithubReportWriter(Directory.GetCurrentDirectory()), Hostile());
        NothingActs(output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldHaveSingleItem().ShouldStartWith(@"::error file=dir/a\n%3A%3Aerror file=x.txt%3A%3Aforged\r\x1b[2J\x85\u202eb.txt,line=3,");
        lines[0].ShouldEndWith($"::{ShownMessage}%0Asuggestion: line one\\nline two\\x1b[0m");
    }

    [Fact]
    public void Junit_shows_the_controls_in_names_attributes_and_text()
    {
        string output = SeedRuns.Render(new JUnitReportWriter(), Hostile());
        var xml = XDocument.Parse(output);
        var suite = xml.Root!.Element("testsuite")!;
        suite.Attribute("name")!.Value.ShouldBe(ShownPath);
        var testCase = suite.Element("testcase")!;
        testCase.Attribute("classname")!.Value.ShouldBe(ShownPath);
        testCase.Attribute("file")!.Value.ShouldBe(ShownPath);
        var failure = testCase.Element("failure")!;
        failure.Attribute("message")!.Value.ShouldBe(ShownMessage);
        failure.Value.ShouldBe($"{ShownPath}:3:4: error terms.x: {ShownMessage}\n    suggestion: line one\\nline two\\x1b[0m");
        NothingActs(output);
    }

    [Fact]
    public void The_html_report_shows_bidi_controls_instead_of_obeying_them()
    {
        var run = SeedRuns.Of(Seed.Text.ReplaceOnce("Equity Distribution Agreement", "Equity \u202eDistribution\u202c Agreement"));
        string html = HtmlReport.Render(run);
        html.ShouldNotContain("\u202e");
        html.ShouldNotContain("\u202c");
        html.ShouldContain(@"Equity \u202eDistribution\u202c Agreement");
    }

    /// <summary>The whole command line on a file whose name holds a line break, ESC and a bidi override.</summary>
    [UnixFact]
    public void A_hostile_file_name_leaves_every_format_intact_and_every_output_written()
    {
        string dir = CliRun.TempDir();
        string name = "x\n::error file=f::forged \u001b[2J\u202e.txt";
        string filing = Path.Combine(dir, name);
        File.Copy(Seed.Path, filing);

        var text = CliRun.Run("lint", filing);
        text.Exit.ShouldBe(ExitCodes.Findings);
        NothingActs(text.Out);
        text.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith(' ')).Count().ShouldBe(3);

        var github = CliRun.Run("lint", filing, "--format", "github");
        NothingActs(github.Out);
        github.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldAllBe(l => l.StartsWith("::error file=", StringComparison.Ordinal));

        string junit = Path.Combine(dir, "out", "junit.xml");
        string json = Path.Combine(dir, "out", "report.json");
        var outputs = CliRun.Run("lint", filing, "--output", $"junit={junit}", "--output", $"json={json}");
        outputs.Err.ShouldBeEmpty();
        outputs.Exit.ShouldBe(ExitCodes.Findings);
        XDocument.Parse(File.ReadAllText(junit)).Root!.Element("testsuite")!.Attribute("name")!.Value
            .ShouldBe(filing.Replace("\n", @"\n").Replace("\u001b", @"\x1b").Replace("\u202e", @"\u202e"));
        // JSON keeps the name exactly: its own escaping is safe, and the path is the contract.
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        report.RootElement.GetProperty("files")[0].GetProperty("path").GetString().ShouldBe(filing);
    }
}
