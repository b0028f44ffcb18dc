using FilingLint.Documents;
using FilingLint.Engine;
using FilingLint.Findings;
using FilingLint.Rules;

namespace FilingLint.RuleTesting;

/// <summary>
/// Finds and runs the fixture filings of rules. The convention: a rule defined in <c>DIR/file.yaml</c> has its
/// fixtures in <c>DIR/fixtures/RULE_ID/</c> (any readable filing: <c>.md</c>, <c>.txt</c>, …); built-in rules
/// carry theirs inside the tool, under the same layout. A fixture checks the rule of its folder plus every rule
/// its markers name: each finding of those rules needs an <c>expect</c> marker on its first line, each
/// <c>expect</c> marker a finding, and no <c>ok</c> line may have one. A fixture without markers proves its
/// rule stays silent.
/// </summary>
public static class RuleFixtures
{
    public const string FolderName = "fixtures";

    public static IReadOnlyList<Fixture> Find(RuleDefinition rule)
    {
        if (rule.File.StartsWith("builtin:", StringComparison.Ordinal))
        {
            string prefix = $"rules/{rule.RuleSet}/{FolderName}/{rule.Id}/";
            var assembly = typeof(RuleFixtures).Assembly;
            var files = assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
                .OrderBy(n => n, StringComparer.Ordinal)
                .Select(n =>
                {
                    using var stream = assembly.GetManifestResourceStream(n)!;
                    using var copy = new MemoryStream();
                    stream.CopyTo(copy);
                    return (Path: "builtin:" + n["rules/".Length..], Relative: n[prefix.Length..], Bytes: copy.ToArray());
                })
                .ToList();
            return Assemble(rule, files.Select(f => (f.Path, f.Relative, f.Bytes)));
        }
        string folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(rule.File)) ?? ".", FolderName, rule.Id);
        if (!Directory.Exists(folder)) return [];
        string relative = Path.Combine(Path.GetDirectoryName(rule.File) ?? "", FolderName, rule.Id);
        // A deal rule's cases are folders one level down, each a deal.
        var found = Directory.EnumerateFiles(folder, "*", rule.Scope == RuleScope.Deal ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(f => DocumentLoader.Extensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f =>
            {
                string inFolder = Path.GetRelativePath(folder, f).Replace('\\', '/');
                return (Path.Combine(relative, inFolder), inFolder, File.ReadAllBytes(f));
            });
        return Assemble(rule, found);
    }

    /// <summary>A document rule's fixtures are its files; a deal rule's, the folders under its fixture folder.</summary>
    private static IReadOnlyList<Fixture> Assemble(RuleDefinition rule, IEnumerable<(string Path, string Relative, byte[] Bytes)> files)
    {
        if (rule.Scope != RuleScope.Deal)
            return files.Where(f => !f.Relative.Contains('/')).Select(f => new Fixture(rule.Id, f.Path, f.Bytes)).ToList();
        return files.Where(f => f.Relative.Contains('/'))
            .GroupBy(f => f.Relative[..f.Relative.IndexOf('/')])
            .Select(g =>
            {
                var parts = g.Select(f => (f.Path, f.Bytes)).ToList();
                return new Fixture(rule.Id, parts[0].Path, parts[0].Bytes) { Parts = parts };
            })
            .ToList();
    }

    public static FixtureResult Run(LintEngine engine, Fixture fixture)
    {
        if (fixture.IsDeal) return RunDeal(engine, fixture);
        var read = DocumentLoader.Read(fixture.Path, fixture.Bytes);
        if (read.Document is null)
            return new FixtureResult(fixture, [], [], [], $"cannot read the fixture: {read.Error}");
        var markers = FixtureMarkers.Read(read.Document);
        var result = engine.Lint(read.Document);
        return Compare(engine, fixture, fixture.Path, markers, result.Findings);
    }

    /// <summary>A deal case: every file linted, the deal rules run over them together, each file's markers held to its findings.</summary>
    private static FixtureResult RunDeal(LintEngine engine, Fixture fixture)
    {
        var results = new List<FileResult>();
        foreach (var (path, bytes) in fixture.Parts)
        {
            var read = DocumentLoader.Read(path, bytes);
            if (read.Document is null) return new FixtureResult(fixture, [], [], [], $"cannot read the fixture {path}: {read.Error}");
            results.Add(engine.Lint(read.Document));
        }
        var checkedResults = new DealCheck(engine.Rules).Apply(results);
        var markers = new List<FixtureMarker>();
        var findings = new List<Finding>();
        var mismatches = new List<FixtureMismatch>();
        foreach (var result in checkedResults)
        {
            var compared = Compare(engine, fixture, result.Path, FixtureMarkers.Read(result.Document!), result.Findings);
            markers.AddRange(compared.Markers);
            findings.AddRange(compared.Findings);
            mismatches.AddRange(compared.Mismatches);
        }
        return new FixtureResult(fixture, markers, findings, mismatches);
    }

    private static FixtureResult Compare(LintEngine engine, Fixture fixture, string path, IReadOnlyList<FixtureMarker> markers, IReadOnlyList<Finding> all)
    {
        var checkedIds = markers.Select(m => m.RuleId).Append(fixture.RuleId).ToHashSet(StringComparer.Ordinal);
        var findings = all.Where(f => checkedIds.Contains(f.RuleId) || f.RuleId == WellKnownRules.RuleError).ToList();

        var mismatches = new List<FixtureMismatch>();
        string Actual(int line)
        {
            var ids = findings.Where(f => f.Location.Line == line).Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal).ToList();
            return ids.Count == 0 ? "nothing" : string.Join(", ", ids);
        }
        var known = engine.Rules.Definitions.Select(d => d.Id).ToList();
        foreach (var marker in markers)
        {
            if (!known.Contains(marker.RuleId) && !marker.RuleId.StartsWith("suppression.", StringComparison.Ordinal) && marker.RuleId != WellKnownRules.RuleError)
            {
                // A misspelt id in a marker would otherwise pass silently for "ok" and puzzle for "expect".
                mismatches.Add(new FixtureMismatch(path, marker.MarkerLine, $"a loaded rule '{marker.RuleId}'",
                    "no such rule" + Rules.RuleLoader.DidYouMean(marker.RuleId, known)));
                continue;
            }
            bool reported = findings.Any(f => f.Location.Line == marker.Line && f.RuleId == marker.RuleId);
            if (marker.Expected && !reported) mismatches.Add(new FixtureMismatch(path, marker.Line, marker.RuleId, Actual(marker.Line)));
            if (!marker.Expected && reported) mismatches.Add(new FixtureMismatch(path, marker.Line, $"no {marker.RuleId}", Actual(marker.Line)));
        }
        foreach (var finding in findings)
        {
            bool expected = markers.Any(m => m.Expected && m.Line == finding.Location.Line && m.RuleId == finding.RuleId);
            bool markedOk = markers.Any(m => !m.Expected && m.Line == finding.Location.Line && m.RuleId == finding.RuleId);
            if (!expected && !markedOk)
                mismatches.Add(new FixtureMismatch(path, finding.Location.Line, "nothing", $"{finding.RuleId} ({finding.Message})"));
        }
        mismatches.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : string.CompareOrdinal(a.Expected, b.Expected));
        return new FixtureResult(fixture, markers, findings, mismatches.Distinct().ToList());
    }
}
