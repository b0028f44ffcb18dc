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
            return assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
                .OrderBy(n => n, StringComparer.Ordinal)
                .Select(n =>
                {
                    using var stream = assembly.GetManifestResourceStream(n)!;
                    using var copy = new MemoryStream();
                    stream.CopyTo(copy);
                    return new Fixture(rule.Id, "builtin:" + n["rules/".Length..], copy.ToArray());
                })
                .ToList();
        }
        string folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(rule.File)) ?? ".", FolderName, rule.Id);
        if (!Directory.Exists(folder)) return [];
        string relative = Path.Combine(Path.GetDirectoryName(rule.File) ?? "", FolderName, rule.Id);
        return Directory.EnumerateFiles(folder)
            .Where(f => DocumentLoader.Extensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new Fixture(rule.Id, Path.Combine(relative, Path.GetFileName(f)), File.ReadAllBytes(f)))
            .ToList();
    }

    public static FixtureResult Run(LintEngine engine, Fixture fixture)
    {
        var read = DocumentLoader.Read(fixture.Path, fixture.Bytes);
        if (read.Document is null)
            return new FixtureResult(fixture, [], [], [], $"cannot read the fixture: {read.Error}");
        var markers = FixtureMarkers.Read(read.Document);
        var result = engine.Lint(read.Document);
        var checkedIds = markers.Select(m => m.RuleId).Append(fixture.RuleId).ToHashSet(StringComparer.Ordinal);
        var findings = result.Findings.Where(f => checkedIds.Contains(f.RuleId) || f.RuleId == WellKnownRules.RuleError).ToList();

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
                mismatches.Add(new FixtureMismatch(fixture.Path, marker.MarkerLine, $"a loaded rule '{marker.RuleId}'",
                    "no such rule" + Rules.RuleLoader.DidYouMean(marker.RuleId, known)));
                continue;
            }
            bool reported = findings.Any(f => f.Location.Line == marker.Line && f.RuleId == marker.RuleId);
            if (marker.Expected && !reported) mismatches.Add(new FixtureMismatch(fixture.Path, marker.Line, marker.RuleId, Actual(marker.Line)));
            if (!marker.Expected && reported) mismatches.Add(new FixtureMismatch(fixture.Path, marker.Line, $"no {marker.RuleId}", Actual(marker.Line)));
        }
        foreach (var finding in findings)
        {
            bool expected = markers.Any(m => m.Expected && m.Line == finding.Location.Line && m.RuleId == finding.RuleId);
            bool markedOk = markers.Any(m => !m.Expected && m.Line == finding.Location.Line && m.RuleId == finding.RuleId);
            if (!expected && !markedOk)
                mismatches.Add(new FixtureMismatch(fixture.Path, finding.Location.Line, "nothing", $"{finding.RuleId} ({finding.Message})"));
        }
        mismatches.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : string.CompareOrdinal(a.Expected, b.Expected));
        return new FixtureResult(fixture, markers, findings, mismatches.Distinct().ToList());
    }
}
