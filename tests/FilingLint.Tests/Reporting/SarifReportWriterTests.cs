using System.Text.Json;
using FilingLint.Findings;
using FilingLint.Reporting;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Reporting;

public class SarifReportWriterTests
{
    private const string Help = "https://example.org/filinglint#built-in-rules-stable-ids";

    private static readonly Lazy<JsonSchemaSubset> Schema = new(() =>
        new JsonSchemaSubset(JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "sarif", "sarif-schema-2.1.0.json"))).RootElement));

    private static JsonElement Sarif(LintRun run, IReadOnlyList<ReportedSuppression>? suppressed = null) =>
        JsonDocument.Parse(SeedRuns.Render(new SarifReportWriter(Seed.BuiltInRules, SeedRuns.BaseDirectory, Help, suppressed), run)).RootElement;

    private static JsonElement Region(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");

    [Fact]
    public void Seed_sarif_validates_against_the_schema_and_has_both_findings_with_their_regions()
    {
        var sarif = Sarif(SeedRuns.Of(Seed.Text));
        Schema.Value.Validate(sarif).ShouldBeEmpty();
        sarif.GetProperty("version").GetString().ShouldBe("2.1.0");

        var results = sarif.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        results.Select(r => r.GetProperty("ruleId").GetString()).ShouldBe(["legend.rule-424b-header", "terms.inconsistent-agreement-name"]);
        results.ShouldAllBe(r => r.GetProperty("level").GetString() == "error");

        var terms = Region(results[1]);
        (terms.GetProperty("startLine").GetInt32(), terms.GetProperty("startColumn").GetInt32(),
            terms.GetProperty("endLine").GetInt32(), terms.GetProperty("endColumn").GetInt32()).ShouldBe((11, 647, 11, 662));
        terms.GetProperty("snippet").GetProperty("text").GetString().ShouldBe("Sales Agreement");
        var legend = Region(results[0]);
        (legend.GetProperty("startLine").GetInt32(), legend.GetProperty("startColumn").GetInt32()).ShouldBe((5, 3));

        var artifact = results[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        artifact.GetProperty("uri").GetString().ShouldBe("seeds/003_5d95c712dadc11a9.txt");
        // The region must point at the words themselves in the source file.
        string line11 = File.ReadAllLines(Seed.Path)[10];
        line11.Substring(647 - 1, 662 - 647).ShouldBe("Sales Agreement");
    }

    [Fact]
    public void Rules_are_described_with_descriptions_help_and_default_level()
    {
        var driver = Sarif(SeedRuns.Of(Seed.Text)).GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        rules.Count.ShouldBe(Seed.BuiltInRules.Definitions.Count);
        var terms = rules.Single(r => r.GetProperty("id").GetString() == "terms.inconsistent-agreement-name");
        terms.GetProperty("name").GetString().ShouldBe("TermsInconsistentAgreementName");
        var definition = Seed.BuiltInRules.Definitions.Single(d => d.Id == "terms.inconsistent-agreement-name");
        terms.GetProperty("shortDescription").GetProperty("text").GetString().ShouldBe(definition.Description);
        terms.GetProperty("fullDescription").GetProperty("text").GetString()!.ShouldStartWith(definition.Description);
        terms.GetProperty("help").GetProperty("text").GetString().ShouldNotBeNullOrWhiteSpace();
        terms.GetProperty("helpUri").GetString().ShouldBe(Help);
        terms.GetProperty("defaultConfiguration").GetProperty("level").GetString().ShouldBe("error");
        rules.Single(r => r.GetProperty("id").GetString() == "terms.unused").GetProperty("defaultConfiguration").GetProperty("level").GetString().ShouldBe("note");
        // ruleIndex points at the rule's descriptor.
        var result = Sarif(SeedRuns.Of(Seed.Text)).GetProperty("runs")[0].GetProperty("results")[1];
        rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString().ShouldBe("terms.inconsistent-agreement-name");
    }

    [Fact]
    public void The_validator_rejects_output_that_breaks_the_schema()
    {
        string text = SeedRuns.Render(new SarifReportWriter(Seed.BuiltInRules, SeedRuns.BaseDirectory, Help), SeedRuns.Of(Seed.Text));
        var broken = JsonDocument.Parse(text.Replace("\"level\": \"error\"", "\"level\": \"fatal\"").Replace("\"startLine\": 11", "\"startLine\": 0")).RootElement;
        var errors = Schema.Value.Validate(broken);
        errors.ShouldContain(e => e.Contains("fatal"));
        errors.ShouldContain(e => e.Contains("startLine") && e.Contains("below"));
    }

    [Fact]
    public void Fingerprints_survive_lines_inserted_above_and_differ_between_findings()
    {
        string FingerprintOf(JsonElement sarif, string rule) => sarif.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == rule).GetProperty("partialFingerprints").GetProperty(SarifReportWriter.FingerprintKey).GetString()!;

        var before = Sarif(SeedRuns.Of(Seed.Text));
        string moved = "\n\n" + Seed.Text.ReplaceOnce("On August 11, 2020, we entered", "An inserted paragraph.\n\nAnd another one, to move the finding down.\n\nOn August 11, 2020, we entered");
        var after = Sarif(SeedRuns.Of(moved));
        Region(after.GetProperty("runs")[0].GetProperty("results")[1]).GetProperty("startLine").GetInt32().ShouldBe(17);
        FingerprintOf(after, "terms.inconsistent-agreement-name").ShouldBe(FingerprintOf(before, "terms.inconsistent-agreement-name"));
        FingerprintOf(after, "legend.rule-424b-header").ShouldBe(FingerprintOf(before, "legend.rule-424b-header"));
        FingerprintOf(before, "legend.rule-424b-header").ShouldNotBe(FingerprintOf(before, "terms.inconsistent-agreement-name"));

        // A different word next to the finding makes it a different finding; punctuation and spacing do not.
        var edited = Sarif(SeedRuns.Of(Seed.Text.ReplaceOnce("Sales Agreement for aggregate gross", "Sales Agreement for total gross")));
        FingerprintOf(edited, "terms.inconsistent-agreement-name").ShouldNotBe(FingerprintOf(before, "terms.inconsistent-agreement-name"));
    }

    [Fact]
    public void Suppressed_findings_are_results_with_suppressions()
    {
        var run = SeedRuns.Of(Seed.Text);
        var file = run.Files[0];
        var fingerprints = Fingerprint.ForFindings(file.Findings, file.Document);
        var suppressed = new[] { new ReportedSuppression(file.Findings[0], fingerprints[0], "external", "accepted in baseline.json") };
        var kept = run with { Files = [file with { Findings = [file.Findings[1]] }] };
        var sarif = Sarif(kept, suppressed);
        Schema.Value.Validate(sarif).ShouldBeEmpty();
        var results = sarif.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        results.Count.ShouldBe(2);
        results[0].TryGetProperty("suppressions", out _).ShouldBeFalse();
        var suppression = results[1].GetProperty("suppressions")[0];
        suppression.GetProperty("kind").GetString().ShouldBe("external");
        suppression.GetProperty("justification").GetString().ShouldBe("accepted in baseline.json");
        results[1].GetProperty("ruleId").GetString().ShouldBe("legend.rule-424b-header");
    }
}
