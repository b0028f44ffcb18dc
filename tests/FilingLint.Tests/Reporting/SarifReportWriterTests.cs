using System.IO.Compression;
using System.Text.Json;
using FilingLint.Documents;
using FilingLint.Engine;
using FilingLint.Findings;
using FilingLint.Reporting;
using FilingLint.Rules;
using Json.Schema;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Reporting;

public class SarifReportWriterTests
{
    /// <summary>The OASIS SARIF 2.1.0 schema with its errata.</summary>
    private static JsonSchema Schema => JsonSchemas.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "sarif", "sarif-schema-2.1.0.json"));

    private static JsonElement Sarif(LintRun run, IReadOnlyList<ReportedSuppression>? suppressed = null, RuleSet? rules = null) =>
        JsonDocument.Parse(SeedRuns.Render(new SarifReportWriter(rules ?? Seed.BuiltInRules, SeedRuns.BaseDirectory, suppressed), run)).RootElement;

    private static JsonElement Region(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");

    private static JsonElement Artifact(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");

    private static List<JsonElement> Results(JsonElement sarif) => sarif.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();

    [Fact]
    public void Seed_sarif_validates_against_the_OASIS_schema_and_has_both_findings_with_their_regions()
    {
        var sarif = Sarif(SeedRuns.Of(Seed.Text));
        Schema.Errors(sarif).ShouldBeEmpty();
        sarif.GetProperty("version").GetString().ShouldBe("2.1.0");
        sarif.GetProperty("$schema").GetString().ShouldBe("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");

        var results = Results(sarif);
        results.Select(r => r.GetProperty("ruleId").GetString()).ShouldBe(["legend.rule-424b-header", "terms.inconsistent-agreement-name"]);
        results.ShouldAllBe(r => r.GetProperty("level").GetString() == "error");

        var terms = Region(results[1]);
        (terms.GetProperty("startLine").GetInt32(), terms.GetProperty("startColumn").GetInt32(),
            terms.GetProperty("endLine").GetInt32(), terms.GetProperty("endColumn").GetInt32()).ShouldBe((11, 647, 11, 662));
        terms.GetProperty("snippet").GetProperty("text").GetString().ShouldBe("Sales Agreement");
        var legend = Region(results[0]);
        (legend.GetProperty("startLine").GetInt32(), legend.GetProperty("startColumn").GetInt32()).ShouldBe((5, 3));

        Artifact(results[1]).GetProperty("uri").GetString().ShouldBe("seeds/003_5d95c712dadc11a9.txt");
        Artifact(results[1]).GetProperty("uriBaseId").GetString().ShouldBe("%SRCROOT%");
        sarif.GetProperty("runs")[0].GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()
            .ShouldBe(new Uri(SeedRuns.BaseDirectory.TrimEnd('/') + "/").AbsoluteUri);
        // The region must point at the words themselves in the source file.
        string line11 = File.ReadAllLines(Seed.Path)[10];
        line11.Substring(647 - 1, 662 - 647).ShouldBe("Sales Agreement");
        sarif.GetProperty("runs")[0].GetProperty("invocations")[0].TryGetProperty("toolExecutionNotifications", out _).ShouldBeFalse();
    }

    [Fact]
    public void Rules_are_described_and_each_built_in_rule_points_at_its_own_page_in_this_repository()
    {
        var driver = Sarif(SeedRuns.Of(Seed.Text)).GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        driver.GetProperty("informationUri").GetString().ShouldBe(ProjectHome.Uri);
        ProjectHome.Uri.ShouldStartWith("https://");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        rules.Count.ShouldBe(Seed.BuiltInRules.Definitions.Count);
        var terms = rules.Single(r => r.GetProperty("id").GetString() == "terms.inconsistent-agreement-name");
        terms.GetProperty("name").GetString().ShouldBe("TermsInconsistentAgreementName");
        var definition = Seed.BuiltInRules.Definitions.Single(d => d.Id == "terms.inconsistent-agreement-name");
        terms.GetProperty("shortDescription").GetProperty("text").GetString().ShouldBe(definition.Description);
        terms.GetProperty("fullDescription").GetProperty("text").GetString()!.ShouldStartWith(definition.Description);
        terms.GetProperty("help").GetProperty("text").GetString().ShouldNotBeNullOrWhiteSpace();
        terms.GetProperty("defaultConfiguration").GetProperty("level").GetString().ShouldBe("error");
        rules.Single(r => r.GetProperty("id").GetString() == "terms.unused").GetProperty("defaultConfiguration").GetProperty("level").GetString().ShouldBe("note");
        // ruleIndex points at the rule's descriptor.
        var result = Results(Sarif(SeedRuns.Of(Seed.Text)))[1];
        rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString().ShouldBe("terms.inconsistent-agreement-name");

        // Every helpUri is the page of its own rule, and that page is in the repository.
        string prefix = ProjectHome.Uri + "/blob/main/";
        foreach (var rule in rules)
        {
            string id = rule.GetProperty("id").GetString()!;
            string uri = rule.GetProperty("helpUri").GetString()!;
            uri.ShouldBe($"{prefix}docs/rules/{id}.md");
            File.Exists(Path.Combine(Repository.Root, uri[prefix.Length..])).ShouldBeTrue(uri);
        }
    }

    [Fact]
    public void A_user_rule_points_at_its_help_uri_and_without_one_has_no_help_uri()
    {
        string file = Rules.RuleFiles.Write("""
            rules:
              - id: house.agent
                severity: warning
                description: d
                help-uri: https://intranet.example.com/compliance/house.agent
                message: "{match}"
                forbid: { text: [Oppenheimer] }
              - id: house.plain
                severity: info
                description: d
                message: "{match}"
                forbid: { text: [Supplement No. 1] }
            """);
        var rules = RuleSet.Load([file], includeBuiltIn: false);
        var run = new LintRun([new LintEngine(rules).Lint(Seed.Read(Seed.Text, Seed.Path))], rules.Sources, DateTimeOffset.UnixEpoch);
        var sarif = Sarif(run, rules: rules);
        Schema.Errors(sarif).ShouldBeEmpty();
        var descriptors = sarif.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        descriptors.Single(r => r.GetProperty("id").GetString() == "house.agent").GetProperty("helpUri").GetString()
            .ShouldBe("https://intranet.example.com/compliance/house.agent");
        descriptors.Single(r => r.GetProperty("id").GetString() == "house.plain").TryGetProperty("helpUri", out _).ShouldBeFalse();
    }

    [Fact]
    public void The_schema_rejects_output_that_breaks_it()
    {
        string text = SeedRuns.Render(new SarifReportWriter(Seed.BuiltInRules, SeedRuns.BaseDirectory), SeedRuns.Of(Seed.Text));
        var broken = JsonDocument.Parse(text
            .Replace("\"level\": \"error\"", "\"level\": \"fatal\"")
            .Replace("\"startLine\": 11", "\"startLine\": 0")
            .Replace($"\"informationUri\": \"{ProjectHome.Uri}\"", "\"informationUri\": \"README.md\"")).RootElement;
        var errors = Schema.Errors(broken);
        errors.ShouldContain(e => e.Contains("/level: enum"));
        errors.ShouldContain(e => e.Contains("/startLine: minimum"));
        errors.ShouldContain(e => e.Contains("/informationUri: format"));
    }

    [Fact]
    public void Fingerprints_survive_lines_inserted_above_and_differ_between_findings()
    {
        string FingerprintOf(JsonElement sarif, string rule) => Results(sarif)
            .Single(r => r.GetProperty("ruleId").GetString() == rule).GetProperty("partialFingerprints").GetProperty(SarifReportWriter.FingerprintKey).GetString()!;

        var before = Sarif(SeedRuns.Of(Seed.Text));
        string moved = "\n\n" + Seed.Text.ReplaceOnce("On August 11, 2020, we entered", "An inserted paragraph.\n\nAnd another one, to move the finding down.\n\nOn August 11, 2020, we entered");
        var after = Sarif(SeedRuns.Of(moved));
        Region(Results(after)[1]).GetProperty("startLine").GetInt32().ShouldBe(17);
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
        Schema.Errors(sarif).ShouldBeEmpty();
        var results = Results(sarif);
        results.Count.ShouldBe(2);
        results[0].TryGetProperty("suppressions", out _).ShouldBeFalse();
        var suppression = results[1].GetProperty("suppressions")[0];
        suppression.GetProperty("kind").GetString().ShouldBe("external");
        suppression.GetProperty("justification").GetString().ShouldBe("accepted in baseline.json");
        results[1].GetProperty("ruleId").GetString().ShouldBe("legend.rule-424b-header");
    }

    /// <summary>A run of many findings in one file: <paramref name="infos"/> infos, then <paramref name="errors"/> errors.</summary>
    private static LintRun Many(int infos, int errors, string path)
    {
        Finding Make(int i, Severity severity) => new($"t.{severity.ToName()}", severity, $"finding number {i} about the words at {i * 7919 % 100_003}",
            path, new Location(i + 1, 1, i + 1, 10), $"excerpt {i}", null) { Span = new SourceSpan(i, 1) };
        var findings = Enumerable.Range(0, infos).Select(i => Make(i, Severity.Info))
            .Concat(Enumerable.Range(infos, errors).Select(i => Make(i, Severity.Error))).ToList();
        return new LintRun([new FileResult(path, findings, [], null, null)], [], DateTimeOffset.UnixEpoch);
    }

    private static JsonElement Notification(JsonElement sarif) =>
        sarif.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray().Single();

    [Fact]
    public void A_run_over_GitHubs_25000_results_keeps_the_most_severe_and_says_how_many_were_left_out()
    {
        var run = Many(infos: 25_000, errors: 3, Path.Combine(SeedRuns.BaseDirectory, "big.txt"));
        var warnings = new StringWriter();
        var sarif = JsonDocument.Parse(SeedRuns.Render(new SarifReportWriter(null, SeedRuns.BaseDirectory, warnings: warnings), run)).RootElement;

        // One run, whatever the count: results over the limit are left out, not spread over more runs.
        sarif.GetProperty("runs").GetArrayLength().ShouldBe(1);
        var results = Results(sarif);
        results.Count.ShouldBe(25_000);
        results.Count(r => r.GetProperty("level").GetString() == "error").ShouldBe(3);
        // The order of the file is kept: the three errors come last, as in the file.
        results[^1].GetProperty("message").GetProperty("text").GetString().ShouldStartWith("finding number 25002 ");
        var notice = Notification(sarif);
        notice.GetProperty("level").GetString().ShouldBe("warning");
        notice.GetProperty("message").GetProperty("text").GetString()!.ShouldStartWith("3 of 25,003 results were left out");
        notice.GetProperty("properties").GetProperty("resultsLeftOut").GetInt32().ShouldBe(3);
        warnings.ToString().ShouldStartWith("warning: 3 of 25,003 results were left out");
    }

    [Fact]
    public void A_file_over_the_gzipped_size_limit_is_cut_to_fit_and_still_valid()
    {
        var run = Many(infos: 400, errors: 100, Path.Combine(SeedRuns.BaseDirectory, "big.txt"));
        var limits = new SarifLimits(25_000, GzippedBytes: 12_000);
        var warnings = new StringWriter();
        string text = SeedRuns.Render(new SarifReportWriter(null, SeedRuns.BaseDirectory, warnings: warnings, limits: limits), run);

        using (var gzipped = new MemoryStream())
        {
            using (var gzip = new GZipStream(gzipped, CompressionLevel.Optimal, leaveOpen: true))
                gzip.Write(System.Text.Encoding.UTF8.GetBytes(text.TrimEnd('\n')));
            gzipped.Length.ShouldBeLessThanOrEqualTo(12_000);
        }
        var sarif = JsonDocument.Parse(text).RootElement;
        Schema.Errors(sarif).ShouldBeEmpty();
        var results = Results(sarif);
        results.Count.ShouldBeInRange(100, 499);
        results.Count(r => r.GetProperty("level").GetString() == "error").ShouldBe(100);
        Notification(sarif).GetProperty("properties").GetProperty("resultsLeftOut").GetInt32().ShouldBe(500 - results.Count);
        warnings.ToString().ShouldContain($"{500 - results.Count} of 500 results were left out");
    }

    [Fact]
    public void Files_outside_the_root_get_absolute_uris_never_parent_paths()
    {
        string root = Path.Combine(CliRunDir(), "repo");
        string outside = Path.Combine(CliRunDir(), "elsewhere", "filing 1.txt");
        Directory.CreateDirectory(root);
        var run = SeedRuns.Of(Seed.Text, outside);
        var sarif = JsonDocument.Parse(SeedRuns.Render(new SarifReportWriter(Seed.BuiltInRules, root), run)).RootElement;
        Schema.Errors(sarif).ShouldBeEmpty();
        var artifact = Artifact(Results(sarif)[0]);
        artifact.GetProperty("uri").GetString().ShouldBe(new Uri(outside).AbsoluteUri);
        artifact.GetProperty("uri").GetString()!.ShouldStartWith("file:///");
        artifact.TryGetProperty("uriBaseId", out _).ShouldBeFalse();
        sarif.ToString().ShouldNotContain("../");
    }

    private static string CliRunDir() => Cli.CliRun.TempDir();
}
