using System.Security.Cryptography;
using System.Text;
using FilingLint.Engine;
using FilingLint.Tests.Corpus;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Engine;

/// <summary>
/// The built-in rules' findings, byte for byte (rule, severity, position, message, suggestion, excerpt) with every rule's
/// status, on the seed, every rule fixture and, when they are there, the labelled corpora, against
/// <c>findings-snapshot.tsv</c>: a hash per file, taken from the C# engine when rule evaluation moved to RulesEngine
/// (issue 15). A change meant to change findings updates it with <c>FILINGLINT_UPDATE_SNAPSHOT=1</c> (and says so).
/// </summary>
public class FindingsSnapshotTests
{
    private static string RepoRoot() => LabelledCorpora.RepoRoot;

    private static string SnapshotPath => Path.Combine(RepoRoot(), "tests", "FilingLint.Tests", "Engine", "findings-snapshot.tsv");

    private static string Describe(FileResult r) => string.Join("\n",
        r.Findings.Select(f => $"{f.Location.Line}:{f.Location.Column}-{f.Location.EndLine}:{f.Location.EndColumn} {f.Severity} {f.RuleId}: {f.Message} | {f.Suggestion} | {f.Excerpt}")
            .Concat(r.Rules.Select(x => $"rule {x.RuleId} {x.Status} {x.Reason} {x.Findings}")));

    private static Dictionary<string, string> Measure(IReadOnlyList<(string Key, string Path)> files)
    {
        var engine = new LintEngine(Seed.BuiltInRules);
        var lines = new string[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var result = engine.LintFile(files[i].Path);
            string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Describe(result))));
            lines[i] = $"{hash[..32]}\t{result.Findings.Count}";
        });
        return files.Select((f, i) => (f.Key, lines[i])).ToDictionary(x => x.Key, x => x.Item2, StringComparer.Ordinal);
    }

    private static List<(string Key, string Path)> Files(bool withCorpora)
    {
        string root = RepoRoot();
        var files = Repository.RuleFixtures()
            .Append(Path.Combine(root, "seeds", Path.GetFileName(Seed.Path)))
            .Select(f => (Path.GetRelativePath(root, f).Replace('\\', '/'), f)).ToList();
        if (withCorpora && LabelledCorpora.Folders is { } corpora)
            files.AddRange(corpora.SelectMany(Directory.EnumerateFiles)
                .Where(f => FilingLint.Documents.DocumentLoader.Extensions.Contains(Path.GetExtension(f)) && !f.EndsWith("README.md", StringComparison.OrdinalIgnoreCase))
                .Select(f => ("../shared/" + Path.GetFileName(Path.GetDirectoryName(f)) + "/" + Path.GetFileName(f), f)));
        return files.OrderBy(f => f.Item1, StringComparer.Ordinal).ToList();
    }

    private static Dictionary<string, string> Snapshot() => File.ReadLines(SnapshotPath)
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split('\t', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    private static void Check(bool withCorpora)
    {
        var measured = Measure(Files(withCorpora));
        if (Environment.GetEnvironmentVariable("FILINGLINT_UPDATE_SNAPSHOT") == "1" && withCorpora)
        {
            File.WriteAllText(SnapshotPath, "# file\tsha256 (first 128 bits) of its findings and rule statuses\tfindings: see FindingsSnapshotTests\n"
                + string.Concat(measured.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => $"{m.Key}\t{m.Value}\n")));
            return;
        }
        var snapshot = Snapshot();
        var differing = measured.Where(m => !snapshot.TryGetValue(m.Key, out var expected) || expected != m.Value)
            .Select(m => $"{m.Key}: {(snapshot.TryGetValue(m.Key, out var e) ? e : "not in the snapshot")} -> {m.Value}").ToList();
        differing.ShouldBeEmpty("findings changed; if meant, run FILINGLINT_UPDATE_SNAPSHOT=1 dotnet test --filter FindingsSnapshotTests");
        measured.Count.ShouldBeGreaterThan(60);
        measured.Values.Sum(v => int.Parse(v.Split('\t')[1])).ShouldBeGreaterThan(60);
    }

    [Fact]
    public void The_seed_and_every_fixture_give_the_snapshot_findings() => Check(withCorpora: false);

    [LabelledCorporaFact]
    public void The_labelled_corpora_give_the_snapshot_findings() => Check(withCorpora: true);
}
