using System.Text.Json;
using FilingLint.Engine;
using FilingLint.Reporting;
using FilingLint.Rules;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Engine;

/// <summary>
/// Documents linted as one deal (issue 18): the seed supplement with an 8-K and an equity distribution agreement of our
/// own writing (rules/deal/fixtures/deal.agreement-date/), and supplements of a program whose sales to date are compared.
/// </summary>
public class DealTests
{
    private static string Case(string rule, string name) => Path.Combine(Repository.Root, "rules", "deal", "fixtures", rule, name);

    private static IReadOnlyList<FileResult> LintDeal(string folder, RuleSet? rules = null)
    {
        rules ??= Seed.BuiltInRules;
        var engine = new LintEngine(rules);
        var results = Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => engine.LintFile(f)).ToList();
        return new DealCheck(rules).Apply(results);
    }

    private static List<FilingLint.Findings.Finding> DealFindings(IReadOnlyList<FileResult> results) =>
        results.SelectMany(r => r.Findings).Where(f => f.RuleId.StartsWith("deal.", StringComparison.Ordinal)).ToList();

    [Fact]
    public void The_seed_with_its_8k_and_agreement_is_clean_as_a_deal()
    {
        var results = LintDeal(Case("deal.agreement-date", "consistent"));
        results.Count.ShouldBe(3);
        DealFindings(results).ShouldBeEmpty();
        // Every document carries the deal rules' results, passed.
        results.ShouldAllBe(r => r.Rules.Any(x => x.RuleId == "deal.agreement-date" && x.Status == RuleStatus.Passed));
        // The seed keeps exactly its own two findings.
        results.Single(r => r.Path.EndsWith("supplement.txt", StringComparison.Ordinal)).Findings.Select(f => f.RuleId)
            .ShouldBe(["legend.rule-424b-header", "terms.inconsistent-agreement-name"]);
    }

    [Fact]
    public void Changing_the_agreement_date_in_the_8k_alone_gives_one_finding_pointing_at_both_documents()
    {
        var finding = DealFindings(LintDeal(Case("deal.agreement-date", "changed-8k"))).ShouldHaveSingleItem();
        finding.RuleId.ShouldBe("deal.agreement-date");
        Path.GetFileName(finding.Path).ShouldBe("8k.md");
        finding.Excerpt.ShouldBe("August 12, 2020");
        finding.Suggestion.ShouldBe("August 11, 2020");
        var other = finding.Related.ShouldHaveSingleItem();
        Path.GetFileName(other.Path).ShouldNotBe("8k.md");
        other.Excerpt.ShouldBe("August 11, 2020");
    }

    [Fact]
    public void Alone_a_document_gets_no_deal_finding_and_says_why_the_deal_rules_were_skipped()
    {
        var engine = new LintEngine(Seed.BuiltInRules);
        var alone = engine.LintFile(Path.Combine(Case("deal.agreement-date", "changed-8k"), "8k.md"));
        alone.Findings.ShouldNotContain(f => f.RuleId.StartsWith("deal.", StringComparison.Ordinal));
        alone.Rules.Single(r => r.RuleId == "deal.agreement-date").Status.ShouldBe(RuleStatus.Skipped);
    }

    [Fact]
    public void Sales_to_date_that_shrink_from_one_supplement_to_the_next_are_reported_at_the_later_one()
    {
        DealFindings(LintDeal(Case("deal.sold-to-date", "growing"))).ShouldBeEmpty();
        var finding = DealFindings(LintDeal(Case("deal.sold-to-date", "shrinking"))).ShouldHaveSingleItem();
        Path.GetFileName(finding.Path).ShouldBe("2-second-supplement.md");
        finding.Message.ShouldContain("$180,000");
        finding.Message.ShouldContain("$240,000");
        Path.GetFileName(finding.Related.ShouldHaveSingleItem().Path).ShouldBe("1-first-supplement.md");
    }

    [Fact]
    public void The_related_place_is_in_the_json_and_in_valid_sarif()
    {
        var run = new LintRun(LintDeal(Case("deal.agreement-date", "changed-8k")), Seed.BuiltInRules.Sources, DateTimeOffset.UnixEpoch);
        var json = JsonDocument.Parse(Reporting.SeedRuns.Render(new JsonReportWriter(), run)).RootElement;
        var deal = json.GetProperty("files").EnumerateArray().SelectMany(f => f.GetProperty("findings").EnumerateArray())
            .Single(f => f.GetProperty("ruleId").GetString() == "deal.agreement-date");
        var related = deal.GetProperty("related").EnumerateArray().ShouldHaveSingleItem();
        related.GetProperty("excerpt").GetString().ShouldBe("August 11, 2020");
        related.GetProperty("line").GetInt32().ShouldBeGreaterThan(0);

        var sarif = JsonDocument.Parse(Reporting.SeedRuns.Render(new SarifReportWriter(Seed.BuiltInRules, Repository.Root), run)).RootElement;
        JsonSchemas.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "sarif", "sarif-schema-2.1.0.json")).Errors(sarif).ShouldBeEmpty();
        var result = sarif.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "deal.agreement-date");
        result.GetProperty("relatedLocations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("snippet").GetProperty("text").GetString()
            .ShouldBe("August 11, 2020");
    }

    [Fact]
    public void A_deal_rule_that_fails_is_a_rule_error_and_the_documents_keep_their_own_findings()
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "deal.yaml"), """
                rules:
                  - id: house.deal-divides
                    scope: deal
                    severity: warning
                    description: Reads a document the deal does not have.
                    assert: Documents[Documents.Count() + 5].Name != ""
                    message: m
                """);
            var rules = RuleSet.Load([Path.Combine(dir, "deal.yaml")]);
            var results = LintDeal(Case("deal.agreement-date", "changed-8k"), rules);
            var error = results.SelectMany(r => r.Findings).Single(f => f.RuleId == "rule.error");
            error.Message.ShouldContain("house.deal-divides");
            // The other deal rule and every document rule still ran.
            DealFindings(results).ShouldHaveSingleItem().RuleId.ShouldBe("deal.agreement-date");
            results.Single(r => r.Path.EndsWith("supplement.txt", StringComparison.Ordinal)).Findings
                .ShouldContain(f => f.RuleId == "terms.inconsistent-agreement-name");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_deal_rule_names_the_deal_s_facts_bare_and_a_document_fact_there_is_an_error_at_its_line()
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        try
        {
            string file = Path.Combine(dir, "deal.yaml");
            File.WriteAllText(file, "rules:\n  - id: house.deal-bad\n    scope: deal\n    severity: warning\n    description: d\n    message: m\n    assert: Agreements.Count() > 0\n");
            var problem = Should.Throw<RuleLoadException>(() => RuleSet.Load([file])).Problems.ShouldHaveSingleItem();
            problem.Line.ShouldBe(7);
            problem.Message.ShouldContain("Agreements");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_html_report_of_a_deal_shows_the_program_over_time_and_links_the_related_place()
    {
        var results = LintDeal(Case("deal.sold-to-date", "shrinking"));
        var run = Reporting.HtmlReport.Run([.. results]) with { Deal = DealCheck.Build(results) };
        var html = Reporting.HtmlReport.Parse(Reporting.HtmlReport.Render(run));
        var rows = html.QuerySelectorAll("section.deal table")[0].QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        rows.Count.ShouldBe(2);
        rows[0].ShouldContain("$240,000");
        rows[1].ShouldContain("$180,000");
        rows[1].ShouldContain("$10,000,000");
        var related = html.QuerySelector("li.finding[data-rule='deal.sold-to-date'] p.related a").ShouldNotBeNull();
        html.GetElementById(related.GetAttribute("href")![1..]).ShouldNotBeNull();
        related.TextContent.ShouldEndWith("1-first-supplement.md");
    }

    [Fact]
    public void The_html_report_of_a_deal_shows_a_findings_two_places_side_by_side_each_linked()
    {
        var (results, deal) = new DealCheck(Seed.BuiltInRules).Check(
            Directory.GetFiles(Case("deal.agreement-date", "changed-8k")).Order(StringComparer.Ordinal).Select(f => new LintEngine(Seed.BuiltInRules).LintFile(f)).ToList());
        var html = Reporting.HtmlReport.Parse(Reporting.HtmlReport.Render(Reporting.HtmlReport.Run([.. results]) with { Deal = deal }));
        var article = html.QuerySelectorAll("section.deal article.deal-finding").ShouldHaveSingleItem();
        article.GetAttribute("data-rule").ShouldBe("deal.agreement-date");
        var places = article.QuerySelectorAll("figure.deal-place");
        places.Length.ShouldBe(2);
        // The 8-K's sentence with its date marked, linked to the finding's highlight in the 8-K's text.
        places[0].QuerySelector("figcaption")!.TextContent.ShouldContain("8k.md");
        places[0].QuerySelector("mark")!.TextContent.ShouldBe("August 12, 2020");
        places[0].QuerySelector("blockquote")!.TextContent.ShouldStartWith("On August 12, 2020, Cellectar Biosciences, Inc. (the “Company”) entered into an Equity Distribution Agreement, dated");
        var here = places[0].QuerySelector("figcaption a")!.GetAttribute("href")!;
        html.GetElementById(here[1..]).ShouldNotBeNull().ClassName.ShouldBe("anchor");
        // The other document's sentence, linked to that document's section.
        places[1].QuerySelector("mark")!.TextContent.ShouldBe("August 11, 2020");
        places[1].QuerySelector("figcaption")!.TextContent.ShouldNotContain("8k.md");
        var there = places[1].QuerySelector("figcaption a")!;
        html.GetElementById(there.GetAttribute("href")![1..]).ShouldNotBeNull().QuerySelector("h2")!.TextContent.ShouldEndWith(there.TextContent);
        // The message links to the finding in its file's list.
        html.GetElementById(article.QuerySelector(".finding-head a")!.GetAttribute("href")![1..]).ShouldNotBeNull().ClassList.ShouldContain("finding");
    }

    [Fact]
    public void The_sentences_shown_side_by_side_stay_text()
    {
        string dir = Cli.CliRun.TempDir();
        try
        {
            foreach (var f in Directory.GetFiles(Case("deal.agreement-date", "changed-8k"))) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
            // The same 8-K as plain text, its sentence carrying markup that would run or become elements if it were not escaped.
            string eightK = File.ReadAllText(Path.Combine(dir, "8k.md")).Replace("<!-- expect: deal.agreement-date -->\n", "", StringComparison.Ordinal)
                .Replace("as sales agent,", "as sales agent <script>document.title='x'</script><img src=x onerror=alert(1)>,", StringComparison.Ordinal);
            File.Delete(Path.Combine(dir, "8k.md"));
            File.WriteAllText(Path.Combine(dir, "8k.txt"), eightK);
            var (results, deal) = new DealCheck(Seed.BuiltInRules).Check(
                Directory.GetFiles(dir).Order(StringComparer.Ordinal).Select(f => new LintEngine(Seed.BuiltInRules).LintFile(f)).ToList());
            string report = Reporting.HtmlReport.Render(Reporting.HtmlReport.Run([.. results]) with { Deal = deal });
            var html = Reporting.HtmlReport.Parse(report);
            var quote = html.QuerySelector("section.deal article.deal-finding figure.deal-place blockquote").ShouldNotBeNull();
            quote.TextContent.ShouldContain("<script>document.title='x'</script><img src=x onerror=alert(1)>");
            quote.QuerySelectorAll("script, img").ShouldBeEmpty();
            report.ShouldContain("&lt;script&gt;document.title&#x3D;&#x27;x&#x27;&lt;/script&gt;");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_commission_stated_apart_from_the_agreement_s_own_is_reported_where_it_differs()
    {
        DealFindings(LintDeal(Case("deal.commission-rate", "same-rate"))).ShouldBeEmpty();
        var finding = DealFindings(LintDeal(Case("deal.commission-rate", "other-rate"))).ShouldHaveSingleItem();
        finding.RuleId.ShouldBe("deal.commission-rate");
        Path.GetFileName(finding.Path).ShouldBe("8k.md");
        finding.Message.ShouldContain("2.5%");
        Path.GetFileName(finding.Related.ShouldHaveSingleItem().Path).ShouldBe("agreement.md");
    }

    [Fact]
    public void An_8k_dates_its_press_release_as_the_release_s_dateline_does()
    {
        DealFindings(LintDeal(Case("deal.press-release-date", "same-day"))).ShouldBeEmpty();
        var finding = DealFindings(LintDeal(Case("deal.press-release-date", "next-day"))).ShouldHaveSingleItem();
        Path.GetFileName(finding.Path).ShouldBe("8k.md");
        finding.Message.ShouldContain("Exhibit 99.1");
        finding.Related.ShouldHaveSingleItem().Excerpt.ShouldBe("March 4, 2026");
        // A date in the release's headline points ("as of December 31, 2025") is no dateline.
        var deal = DealCheck.Build(LintDeal(Case("deal.press-release-date", "same-day")));
        deal.PressReleases.ShouldHaveSingleItem().DatelineText.ShouldBe("March 3, 2026");
    }

    [Fact]
    public void An_agreement_named_one_word_away_from_its_own_title_is_reported_at_the_name()
    {
        DealFindings(LintDeal(Case("deal.agreement-title", "titled"))).ShouldBeEmpty();
        var finding = DealFindings(LintDeal(Case("deal.agreement-title", "word-dropped"))).ShouldHaveSingleItem();
        finding.Excerpt.ShouldBe("Limited Liability Partnership Agreement");
        finding.Suggestion.ShouldBe("Limited Liability Limited Partnership Agreement");
        Path.GetFileName(finding.Related.ShouldHaveSingleItem().Path).ShouldBe("agreement.md");
    }
}
