using System.Diagnostics;
using FilingLint.Engine;
using FilingLint.Findings;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace FilingLint.Tests.Corpus;

/// <summary>Every filing of the shared corpus is read and linted without a crash, an unreadable input or a rule.error.</summary>
public class CorpusLintTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Files()
    {
        var files = SharedCorpus.Files.Select(f => new object[] { Path.GetFileName(f) }).ToList();
        // xunit refuses a theory without data; the skip message then says why.
        return files.Count > 0 ? files : [["(no corpus)"]];
    }

    [CorpusTheory]
    [MemberData(nameof(Files))]
    public void Corpus_filing_is_linted_without_errors_of_the_tool(string name)
    {
        string path = Path.Combine(SharedCorpus.Directory!, name);
        var clock = Stopwatch.StartNew();
        var result = new LintEngine(Seed.BuiltInRules).LintFile(path);
        output.WriteLine($"{name}: {result.Document?.Format}, {result.Document?.Text.Length:N0} chars, {result.Findings.Count} findings, {clock.ElapsedMilliseconds} ms");
        result.IsUnreadable.ShouldBeFalse(string.Join("; ", result.Findings.Select(f => f.Message)));
        result.Findings.Where(f => f.RuleId == WellKnownRules.RuleError).Select(f => f.Message).ShouldBeEmpty();
        result.Document!.Text.Length.ShouldBeGreaterThan(10_000);
        result.Filing!.FormType.ShouldNotBeNull();
    }
}
