using FilingLint.Reporting;
using AngleSharp.Dom;
using FilingLint.Engine;
using FilingLint.Findings;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Reporting;

public class HtmlReportWriterTests
{
    private static readonly Lazy<FileResult> SeedResult = new(() => Seed.Lint(Seed.Text, form: null));

    private static IElement MarkOf(IDocument html, string anchor)
    {
        var target = html.GetElementById(anchor).ShouldNotBeNull($"no element #{anchor}");
        var mark = target.NextElementSibling;
        while (mark is not null && mark.ClassList.Contains("anchor")) mark = mark.NextElementSibling;
        mark.ShouldNotBeNull();
        mark.LocalName.ShouldBe("mark");
        return mark;
    }

    [Fact]
    public void Every_finding_of_the_seed_is_highlighted_at_its_words()
    {
        var result = SeedResult.Value;
        result.Findings.Count.ShouldBe(2);
        var html = HtmlReport.Of(result);

        for (int i = 0; i < result.Findings.Count; i++)
        {
            var finding = result.Findings[i];
            var mark = MarkOf(html, $"hl-f0-{i}");
            mark.TextContent.ShouldBe(result.Document!.Slice(finding.Span));
            mark.GetAttribute("data-rules")!.Split(' ').ShouldContain(finding.RuleId);
            mark.ClassList.ShouldContain("sev-error");
            mark.GetAttribute("tabindex").ShouldBe("0");
            mark.GetAttribute("title")!.ShouldContain(finding.RuleId);
            mark.GetAttribute("title")!.ShouldContain(finding.Message);
            // Screen readers hear the message through aria-describedby.
            var description = html.GetElementById(mark.GetAttribute("aria-describedby")!).ShouldNotBeNull();
            description.TextContent.ShouldBe(finding.Message);
            // The findings list links to the highlight.
            html.GetElementById($"f0-{i}")!.QuerySelector(".jump a")!.GetAttribute("href").ShouldBe($"#hl-f0-{i}");
        }

        var sales = html.QuerySelectorAll("mark.hl").Single(m => m.TextContent == "Sales Agreement");
        sales.GetAttribute("data-rules").ShouldBe("terms.inconsistent-agreement-name");
        sales.ParentElement!.TextContent.ShouldContain("pursuant to the Sales Agreement for aggregate gross proceeds");
    }

    [Fact]
    public void The_filing_text_is_shown_whole_block_by_block()
    {
        var result = SeedResult.Value;
        var blocks = HtmlReport.Of(result).QuerySelectorAll("article.document p.block");
        blocks.Select(b => b.TextContent).ShouldBe(result.Document!.Blocks.Select(b => result.Document.Slice(b.Span)));
    }

    [Fact]
    public void Facts_tables_show_the_cap_the_sales_the_terms_and_the_dates()
    {
        var html = HtmlReport.Of(SeedResult.Value);
        var cap = html.QuerySelector("figure.cap").ShouldNotBeNull();
        cap.QuerySelector(".cap-value")!.TextContent.ShouldBe("$14,500,000");
        cap.QuerySelector(".sold")!.TextContent.ShouldBe("$69,000");
        cap.QuerySelector(".percent")!.TextContent.ShouldBe("0.48%");
        cap.QuerySelector(".bar span")!.GetAttribute("style").ShouldBe("width: 0.48%");
        cap.QuerySelector(".bar")!.GetAttribute("aria-label").ShouldBe("0.48% of the cap used");

        var amounts = html.QuerySelectorAll("table.amounts tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        amounts.ShouldContain(r => r[1] == "$14,500,000" && r[2] == "offering cap");
        amounts.ShouldContain(r => r[1] == "$69,000" && r[2] == "sold gross proceeds");

        var terms = html.QuerySelectorAll("table.terms tbody tr").ToDictionary(r => r.Children[0].TextContent.Trim('“', '”'), r => r.Children.Select(c => c.TextContent.Trim()).ToList());
        terms["Equity Distribution Agreement"][1].ShouldBe("Equity Distribution Agreement");
        int.Parse(terms["Equity Distribution Agreement"][3]).ShouldBeGreaterThan(0);
        terms["Oppenheimer"][1].ShouldBe("Oppenheimer & Co. Inc.");

        var dates = html.QuerySelectorAll("table.dates tbody tr").Select(r => (Date: r.Children[0].TextContent, Role: r.Children[1].TextContent)).ToList();
        dates.ShouldContain(("August 11, 2020", "agreement"));
        dates.ShouldContain(("August 20, 2020", "base prospectus"));
        dates.ShouldContain(("August 20, 2020", "prospectus supplement"));
        dates.ShouldContain(("October 20, 2022", "effective"));
        dates.ShouldContain(("October 20, 2022", "this supplement"));
        dates.Select(d => d.Date).First().ShouldBe("August 11, 2020");
        html.QuerySelectorAll(".timeline time").Select(t => t.GetAttribute("datetime")).ShouldBe(new[] { "2020-08-11", "2020-08-20", "2022-10-20" });
    }

    [Fact]
    public void Inconsistent_and_invalid_dates_and_an_exceeded_cap_are_marked()
    {
        string text = Seed.Corrected
            .ReplaceOnce("offered by the Prospectus Supplement dated August 20, 2020", "offered by the Prospectus Supplement dated August 21, 2020")
            .ReplaceOnce("effective on October 20, 2022", "effective on September 31, 2022")
            .ReplaceOnce("\\$69,000", "\\$14,569,000");
        var html = HtmlReport.Of(Seed.Lint(text));
        var rows = html.QuerySelectorAll("table.dates tbody tr").ToList();
        IElement Row(string date, string role) => rows.Single(r => r.Children[0].TextContent == date && r.Children[1].TextContent == role);

        var inconsistent = Row("August 21, 2020", "prospectus supplement");
        inconsistent.ClassList.ShouldContain("flagged");
        inconsistent.Children[4].TextContent.ShouldContain("inconsistent");
        inconsistent.Children[4].TextContent.ShouldContain("dates.inconsistent-reference");
        inconsistent.Children[3].TextContent.ShouldBe("14");
        var invalid = Row("September 31, 2022", "effective");
        invalid.Children[4].TextContent.ShouldContain("no such date");
        invalid.ClassList.ShouldContain("flagged");
        rows.Where(r => r.Children[0].TextContent == "August 11, 2020").ShouldAllBe(r => !r.ClassList.Contains("flagged"));
        // A date that does not exist has no place on the timeline.
        html.QuerySelectorAll(".timeline time").Select(t => t.TextContent).ShouldNotContain("September 31, 2022");

        var cap = html.QuerySelector("figure.cap")!;
        cap.ClassList.ShouldContain("over");
        cap.QuerySelector(".percent")!.TextContent.ShouldBe("100.48%");
        cap.QuerySelector(".bar span")!.GetAttribute("style").ShouldBe("width: 100%");
    }

    [Fact]
    public void Header_shows_totals_version_time_and_rule_sets()
    {
        var html = HtmlReport.Of(SeedResult.Value);
        var totals = html.QuerySelectorAll(".totals div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        totals["Files checked"].ShouldBe("1");
        totals["Errors"].ShouldBe("2");
        totals["Warnings"].ShouldBe("0");
        totals["Rules run"].ShouldBe(Seed.BuiltInRules.Definitions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var meta = html.QuerySelector(".report-header .meta")!.TextContent;
        meta.ShouldContain(FilingLint.Reporting.LintRun.ToolVersion);
        meta.ShouldContain("builtin:terms");
        html.QuerySelector(".report-header time")!.GetAttribute("datetime").ShouldBe("2026-11-21T12:00:00Z");
        html.QuerySelectorAll("#rule-filter option").Select(o => o.GetAttribute("value")).ShouldBe(new[] { "", "legend.rule-424b-header", "terms.inconsistent-agreement-name" });
        var rule = html.GetElementById("rule-terms.inconsistent-agreement-name").ShouldNotBeNull();
        rule.TextContent.ShouldContain(Seed.BuiltInRules.Definitions.Single(d => d.Id == "terms.inconsistent-agreement-name").Description);
        // Nothing is fetched from the network.
        html.QuerySelectorAll("[src], link[href]").ShouldBeEmpty();
    }

    [Fact]
    public void Hostile_filing_text_and_path_render_as_text()
    {
        const string hostile = "<script>document.title='pwned'</script> \"><img src=x onerror=alert(1)> <a href=\"javascript:alert(2)\">click</a> {{{tool.name}}}";
        string text = Seed.Text.ReplaceOnce("The purpose of this Supplement", hostile + "\n\nThe purpose of this Supplement")
            .ReplaceOnce("pursuant to the Sales Agreement", "pursuant to the Sales Agreement <script>alert(3)</script>");
        var result = Seed.Lint(text);
        var document = Seed.Read(text, "\"><img src=y onerror=alert(4)>.txt");
        var hostileResult = new LintEngine(Seed.BuiltInRules).Lint(document);
        var html = HtmlReport.Of(result, hostileResult);

        html.QuerySelectorAll("script").Count.ShouldBe(1); // the report's own
        html.QuerySelector("script")!.TextContent.ShouldNotContain("pwned");
        html.QuerySelectorAll("img").ShouldBeEmpty();
        html.QuerySelectorAll("*").Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal))).ShouldBeEmpty();
        html.QuerySelectorAll("a").Where(a => (a.GetAttribute("href") ?? "").Contains("javascript", StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();
        html.Title.ShouldBe("FilingLint report");
        var paragraph = html.QuerySelectorAll("#file-0 p.block").Single(p => p.TextContent.Contains("document.title", StringComparison.Ordinal));
        paragraph.TextContent.ShouldBe(hostile);
        html.QuerySelector("#file-1-title")!.TextContent.ShouldBe("\"><img src=y onerror=alert(4)>.txt");
        html.QuerySelectorAll("mark.hl").ShouldContain(m => m.TextContent == "Sales Agreement");
    }

    [Fact]
    public void Overlapping_findings_split_into_segments_that_carry_both()
    {
        var result = SeedResult.Value;
        var doc = result.Document!;
        int at = doc.Text.IndexOf("Equity Distribution Agreement, dated August 11, 2020", StringComparison.Ordinal);
        var first = new Finding("t.first", Severity.Warning, "first", doc.Path, Location.Of(doc, new(at, 29)), "", null) { Span = new(at, 29) };
        int dateAt = at + "Equity Distribution Agreement, dated ".Length;
        var second = new Finding("t.second", Severity.Error, "second", doc.Path, Location.Of(doc, new(at + 7, dateAt + 15 - at - 7)), "", null) { Span = new(at + 7, dateAt + 15 - at - 7) };
        var file = result with { Findings = [first, second] };
        var html = HtmlReport.Of(file);

        var marks = html.QuerySelectorAll("mark.hl").ToList();
        marks.Select(m => m.TextContent).ShouldBe(new[] { "Equity ", "Distribution Agreement", ", dated August 11, 2020" });
        marks.Select(m => m.GetAttribute("data-rules")).ShouldBe(new[] { "t.first", "t.first t.second", "t.second" });
        marks.Select(m => m.GetAttribute("data-severity")).ShouldBe(new[] { "warning", "error", "error" });
        marks[1].GetAttribute("aria-describedby").ShouldBe("f0-0-msg f0-1-msg");
        MarkOf(html, "hl-f0-0").ShouldBeSameAs(marks[0]);
        MarkOf(html, "hl-f0-1").ShouldBeSameAs(marks[1]);
    }

    /// <summary>
    /// Every finding of a filing with thousands of them is highlighted once, at its own words, whatever blocks it spans.
    /// The blocks and findings are swept together: matched one against the other, 100,000 findings on a 1.4 MB filing
    /// took minutes. FILINGLINT_STRESS=1 renders that size; the time bound only tells a hang from a slow machine.
    /// </summary>
    [Fact]
    public async Task Thousands_of_findings_are_each_highlighted_once()
    {
        bool stress = Environment.GetEnvironmentVariable("FILINGLINT_STRESS") == "1";
        int paragraphs = stress ? 14_000 : 2_000, perParagraph = stress ? 7 : 5;
        var text = new System.Text.StringBuilder();
        for (int p = 0; p < paragraphs; p++) text.Append("Birchfield sold shares through its agent on the market today at a price per share.\n\n");
        var doc = Seed.Read(text.ToString());
        var findings = new List<Finding>();
        foreach (var block in doc.Blocks)
            for (int k = 1; k <= perParagraph; k++)
            {
                // Short findings within the paragraph, in text order, and last one reaching into the next paragraph.
                var span = k == perParagraph ? new FilingLint.Documents.SourceSpan(block.Span.End - 6, 20) : new FilingLint.Documents.SourceSpan(block.Span.Start + 11 * k, 5);
                if (span.End > doc.Text.Length) span = new(block.Span.Start, 3);
                findings.Add(new Finding("t.many", Severity.Warning, "many", doc.Path, Location.Of(doc, span), "", null) { Span = span });
            }
        var file = new FileResult(doc.Path, findings, [], doc, null);
        var html = await Task.Run(() => HtmlReport.Of(file)).WaitAsync(TimeSpan.FromSeconds(120));
        for (int i = 0; i < findings.Count; i += findings.Count / 50)
        {
            var mark = MarkOf(html, $"hl-f0-{i}").ShouldNotBeNull();
            var f = findings[i];
            doc.Text.Substring(f.Span.Start, f.Span.Length).ShouldStartWith(mark.TextContent.Length > 0 ? mark.TextContent : "");
        }
        html.QuerySelectorAll("mark.hl").Count().ShouldBeGreaterThanOrEqualTo(findings.Count);
    }

    [Fact]
    public void Multi_file_run_has_an_index_with_a_row_per_file()
    {
        var clean = Seed.Lint(Seed.Corrected);
        var missing = LintEngine.Unreadable("missing.txt", "no such file or folder");
        var html = HtmlReport.Of(SeedResult.Value, clean, missing);
        var rows = html.QuerySelectorAll("section.index tbody tr").ToList();
        rows.Count.ShouldBe(3);
        rows[0].QuerySelector("a")!.GetAttribute("href").ShouldBe("#file-0");
        rows[0].Children[2].TextContent.ShouldBe("2");
        rows[1].Children[2].TextContent.ShouldBe("0");
        rows[2].ClassList.ShouldContain("unreadable");
        html.GetElementById("file-2")!.QuerySelector("li.finding")!.GetAttribute("data-rule").ShouldBe(WellKnownRules.InputUnreadable);
        html.GetElementById("file-1")!.QuerySelector(".clean").ShouldNotBeNull();
        HtmlReport.Of(SeedResult.Value).QuerySelector("section.index").ShouldBeNull();
    }

    [Fact]
    public void Suppressed_findings_are_shown_apart_and_not_highlighted()
    {
        var result = SeedResult.Value;
        var html = HtmlReport.Parse(HtmlReport.Render(HtmlReport.Run(result), suppressedOf: f => f.Findings.Take(1).ToList()));
        var section = html.QuerySelector("section.suppressed").ShouldNotBeNull();
        var item = section.QuerySelector("li.finding").ShouldNotBeNull();
        item.Id.ShouldBe("s0-0");
        item.QuerySelector(".jump").ShouldBeNull();
        html.QuerySelectorAll(".totals div").Single(d => d.QuerySelector("dt")!.TextContent == "Suppressed").QuerySelector("dd")!.TextContent.ShouldBe("1");
        HtmlReport.Of(result).QuerySelector("section.suppressed").ShouldBeNull();
    }

    private static string TemplateDir()
    {
        string dir = Path.Combine(Path.GetTempPath(), "filinglint-report", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "partials"));
        return dir;
    }

    [Fact]
    public void User_template_gets_its_partials_and_the_built_in_ones()
    {
        string dir = TemplateDir();
        string template = Path.Combine(dir, "mine.sbn");
        File.WriteAllText(template, "<html><body>{{ partial 'banner' }}{{ for f in files }}{{ partial 'row' f }}{{ for x in f.findings }}{{ partial 'finding' x }}{{ end }}{{ end }}</body></html>");
        File.WriteAllText(Path.Combine(dir, "banner.partial.sbn"), "<h1 id=\"banner\">{{ tool.name }} for {{ summary.files }} file</h1>");
        File.WriteAllText(Path.Combine(dir, "partials", "row.sbn"), "<p class=\"row\">{{ path }}: {{ errors }}</p>");

        var html = HtmlReport.Parse(HtmlReport.Render(HtmlReport.Run(SeedResult.Value), template));
        html.GetElementById("banner")!.TextContent.ShouldBe("FilingLint for 1 file");
        html.QuerySelector("p.row")!.TextContent.ShouldBe($"{SeedResult.Value.Path}: 2");
        html.QuerySelectorAll("li.finding").Count.ShouldBe(2);

        // A user partial replaces the built-in one of the same name.
        File.WriteAllText(Path.Combine(dir, "finding.partial.sbn"), "<li class=\"mine\">{{ ruleId }}</li>");
        html = HtmlReport.Parse(HtmlReport.Render(HtmlReport.Run(SeedResult.Value), template));
        html.QuerySelectorAll("li.finding").ShouldBeEmpty();
        html.QuerySelectorAll("li.mine").Select(l => l.TextContent).ShouldBe(new[] { "legend.rule-424b-header", "terms.inconsistent-agreement-name" });
    }

    [Fact]
    public void A_liquid_template_renders_the_same_model_with_its_includes()
    {
        string dir = TemplateDir();
        string template = Path.Combine(dir, "mine.liquid");
        File.WriteAllText(template, "<ul>{% for f in files %}{% for x in f.findings %}<li>{{ x.ruleId }}</li>{% endfor %}{% endfor %}</ul>{% include 'note' %}");
        File.WriteAllText(Path.Combine(dir, "partials", "note.liquid"), "<p id=\"note\">{{ summary.errors }} errors</p>");
        var html = HtmlReport.Parse(HtmlReport.Render(HtmlReport.Run(SeedResult.Value), template));
        html.QuerySelectorAll("li").Select(l => l.TextContent).ShouldBe(new[] { "legend.rule-424b-header", "terms.inconsistent-agreement-name" });
        html.GetElementById("note")!.TextContent.ShouldBe("2 errors");
    }

    [Fact]
    public void A_template_escapes_every_value_unless_it_asks_for_raw_and_sees_nothing_but_the_model()
    {
        string dir = TemplateDir();
        string template = Path.Combine(dir, "mine.sbn");
        var model = ReportModel.Build(HtmlReport.Run(SeedResult.Value), null, f => []);
        ((Dictionary<string, object?>)model["tool"]!)["name"] = "<script>alert(1)</script>";
        string Render(string text)
        {
            File.WriteAllText(template, text);
            var output = new StringWriter();
            new HtmlReportWriter(null, template).Render(model, output);
            return output.ToString();
        }
        Render("{{ tool.name }}").ShouldBe("&lt;script&gt;alert(1)&lt;/script&gt;");
        Render("{{ raw tool.name }}").ShouldBe("<script>alert(1)</script>");
        // No .NET member of what the model holds, and no file outside the partials.
        Render("[{{ files[0].path.length }}][{{ files.count }}]").ShouldBe("[][]");
        Should.Throw<TemplateException>(() => Render("{{ include '/etc/passwd' }}")).Message.ShouldContain("no partial named '/etc/passwd'");
        Should.Throw<TemplateException>(() => Render("{{ for x in 1..20000000 }}{{ end }}"));
    }
}
