using FilingLint.Engine;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Engine;

/// <summary>
/// Issue 15 moves rule evaluation from compiled C# to Microsoft RulesEngine: while both engines exist, the built-in rules
/// must give the same findings (rule, severity, position, message, suggestion, excerpt) and the same rule statuses under
/// both, on the seed, every rule fixture and, when they are there, the labelled corpora.
/// </summary>
public class RulesEngineParityTests
{
    private static readonly Lazy<RuleSet> RulesEngineRules = new(() => RuleSet.Load([], true, null, null, rulesEngine: true));

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FilingLint.sln"))) return dir.FullName;
        throw new InvalidOperationException("no FilingLint.sln above the test folder");
    }

    private static List<string> Describe(IEnumerable<FileResult> results) => results.SelectMany(r =>
        r.Findings.Select(f => $"{Path.GetFileName(r.Path)}:{f.Location.Line}:{f.Location.Column}-{f.Location.EndLine}:{f.Location.EndColumn} {f.Severity} {f.RuleId}: {f.Message} | {f.Suggestion} | {f.Excerpt}")
            .Concat(r.Rules.Select(x => $"{Path.GetFileName(r.Path)} rule {x.RuleId} {x.Status} {x.Reason} {x.Findings}"))).ToList();

    private static void SameOnBoth(IReadOnlyList<string> files)
    {
        var csharp = Describe(Lint(Seed.BuiltInRules, files));
        var rulesEngine = Describe(Lint(RulesEngineRules.Value, files));
        rulesEngine.ShouldBe(csharp);
        csharp.ShouldContain(line => line.Contains(" rule ") && line.Contains(" Failed "), "the files must make some rule fail, or the comparison proves little");
    }

    private static FileResult[] Lint(RuleSet rules, IReadOnlyList<string> files)
    {
        var engine = new LintEngine(rules);
        var results = new FileResult[files.Count];
        Parallel.For(0, files.Count, i => results[i] = engine.LintFile(files[i]));
        return results;
    }

    [Fact]
    public void The_seed_and_every_fixture_give_the_same_findings_on_both_engines()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepoRoot(), "rules"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}fixtures{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Prepend(Seed.Path).OrderBy(f => f, StringComparer.Ordinal).ToList();
        files.Count.ShouldBeGreaterThan(60);
        SameOnBoth(files);
    }

    [SkippableCorporaFact]
    public void The_labelled_corpora_give_the_same_findings_on_both_engines()
    {
        var files = Corpora()!.SelectMany(Directory.EnumerateFiles)
            .Where(f => FilingLint.Documents.DocumentLoader.Extensions.Contains(Path.GetExtension(f)) && !f.EndsWith("README.md", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal).ToList();
        files.Count.ShouldBeGreaterThan(80);
        SameOnBoth(files);
    }

    private static string[]? Corpora()
    {
        string shared = Path.Combine(RepoRoot(), "..", "shared");
        var folders = new[] { Path.Combine(shared, "corpus"), Path.Combine(shared, "corpus-dev") };
        return folders.All(Directory.Exists) ? folders : null;
    }

    private sealed class SkippableCorporaFactAttribute : FactAttribute
    {
        public SkippableCorporaFactAttribute()
        {
            if (Corpora() is null) Skip = "the labelled corpora are not there: expected ../shared/corpus and ../shared/corpus-dev beside the repository root";
        }
    }
}
