using System.Text;
using FilingLint.Documents;
using FilingLint.Engine;
using FilingLint.Facts;
using FilingLint.Findings;
using FilingLint.Tests.Corpus;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Engine;

/// <summary>
/// Deals of real programs in ../shared/corpus-dev, read where they lie (skipped, saying so, without it): what the deal
/// fact model matches across their documents, that they are clean, and variants made in memory from the same documents
/// (one date changed in one document's text before it is read) that give exactly one deal finding pointing at both places.
/// </summary>
public class RealDealTests
{
    // An offering of preferred stock: the 8-K on its underwriting agreement (with the agreement as EX-1.1 and the press
    // release as EX-99.1) and the preliminary and final prospectus supplements, each reprinting its base prospectus.
    private static readonly string[] Offering = ["asst_8k_2026-01-22_002005.txt", "asst_424b5_2026-01-22_001919.txt", "asst_424b5_2026-01-23_002238.txt"];

    // An at-the-market program: the 8-K on its sales agreement (the agreement as EX-1), the automatic shelf with the ATM
    // prospectus, and three later prospectus supplements of the same registration statement.
    private static readonly string[] Program = ["fwdi_8k_2025-09-17_007047.txt", "fwdi_s3asr_2025-09-17_007043.txt", "fwdi_424b5_2025-11-03_007923.txt",
        "fwdi_424b5_2025-11-10_008141.txt", "fwdi_424b5_2025-11-14_008451.txt"];

    /// <summary>The submissions with their exhibits, linted as one deal (as <c>lint --deal --exhibits</c>), one of them edited first.</summary>
    private static (IReadOnlyList<FileResult> Results, Deal Deal) LintDeal(string[] files, string? edited = null, string? from = null, string? to = null)
    {
        var engine = new LintEngine(Seed.BuiltInRules);
        var results = new List<FileResult>();
        foreach (var name in files)
        {
            string path = Path.Combine(CorpusDev.Directory!, name);
            // Latin-1 keeps every byte as it is; the submissions are plain ASCII with character references.
            string text = Encoding.Latin1.GetString(File.ReadAllBytes(path));
            if (name == edited)
            {
                // The edit must change exactly one place, or the variant is not the one the test says.
                text.Split(from!).Length.ShouldBe(2, $"'{from}' once in {name}");
                text = text.Replace(from!, to!, StringComparison.Ordinal);
            }
            var read = DocumentLoader.Read(path, Encoding.Latin1.GetBytes(text), exhibits: true);
            read.Document.ShouldNotBeNull(read.Error);
            results.AddRange(new[] { read.Document! }.Concat(read.Exhibits).Select(d => engine.Lint(d)));
        }
        var (checkedResults, deal) = new DealCheck(Seed.BuiltInRules).Check(results);
        return (checkedResults, deal!);
    }

    private static List<Finding> DealFindings(IReadOnlyList<FileResult> results) =>
        results.SelectMany(r => r.Findings).Where(f => f.RuleId.StartsWith("deal.", StringComparison.Ordinal) || f.RuleId == WellKnownRules.RuleError).ToList();

    private static string Form(Deal deal, int document) => deal.Documents[document].FormType!;

    [CorpusDevFact]
    public void An_offerings_8k_and_supplements_agree_on_the_press_release_and_the_base_prospectus()
    {
        var (results, deal) = LintDeal(Offering);
        deal.Documents.Select(d => d.FormType).ShouldBe(["8-K", "EX-1.1", "EX-99.1", "424B5", "424B5"]);
        DealFindings(results).ShouldBeEmpty();

        // The 8-K's Item 8.01 press release and the dateline of its EX-99.1.
        var release = deal.PressReleases.ShouldHaveSingleItem();
        Form(deal, release.Document).ShouldBe("8-K");
        release.Exhibit.ShouldBe("99.1");
        release.DateText.ShouldBe("January 22, 2026");
        Form(deal, release.DatelineAt!.Document).ShouldBe("EX-99.1");
        release.DatelineDate.ShouldBe(new DateOnly(2026, 1, 22));

        // Both supplements cite their base prospectus by the date the other one's reprint of it bears; so does the
        // underwriting agreement, which names the same prospectus.
        var supplements = deal.BaseProspectusReferences.Where(b => Form(deal, b.Document) == "424B5").ToList();
        supplements.Count.ShouldBe(2);
        foreach (var b in supplements)
        {
            b.Registration.ShouldBe("333-290252");
            b.CitedDate.ShouldBe(new DateOnly(2025, 9, 15));
            b.ExpectedDate.ShouldBe(b.CitedDate);
            b.ExpectedAt!.Document.ShouldNotBe(b.Document);
            Form(deal, b.ExpectedAt.Document).ShouldBe("424B5");
        }
        deal.BaseProspectusReferences.ShouldContain(b => Form(deal, b.Document) == "EX-1.1" && b.ExpectedDate == b.CitedDate);
    }

    [CorpusDevFact]
    public void The_final_supplement_citing_another_base_prospectus_date_is_one_finding_pointing_at_the_other_supplement()
    {
        var (results, _) = LintDeal(Offering, "asst_424b5_2026-01-23_002238.txt",
            "To Prospectus dated September&#160;15, 2025)", "To Prospectus dated September&#160;16, 2025)");
        OneFinding(results, "deal.base-prospectus-date", ("asst_424b5_2026-01-23_002238.txt", "September 16, 2025"),
            ("asst_424b5_2026-01-22_001919.txt", "September 15, 2025"));
    }

    [CorpusDevFact]
    public void A_press_release_datelined_the_next_day_is_one_finding_in_the_8k_pointing_at_its_exhibit()
    {
        var (results, _) = LintDeal(Offering, "asst_8k_2026-01-22_002005.txt",
            "(GLOBE NEWSIRE)&#8212;January 22, 2026", "(GLOBE NEWSIRE)&#8212;January 23, 2026");
        // The exhibit is a document of its own in the same submission file: Item 8.01's sentence, and the dateline far below.
        var (finding, other) = OneFinding(results, "deal.press-release-date", ("asst_8k_2026-01-22_002005.txt", "January 22, 2026"),
            ("asst_8k_2026-01-22_002005.txt", "January 23, 2026"));
        finding.Location.Line.ShouldBe(544);
        other.Location.Line.ShouldBe(2757);
    }

    [CorpusDevFact]
    public void An_at_the_market_programs_documents_agree_on_its_agreements_and_base_prospectus()
    {
        var (results, deal) = LintDeal(Program);
        DealFindings(results).ShouldBeEmpty();

        // The lead investor agreement of the private placement, matched across the shelf and the three supplements by its
        // defined term and counterparty, dated alike in each.
        var lead = deal.AgreementMentions.Where(m => m.Key == "lead investor agreement" && m.Date is not null).ToList();
        lead.Select(m => Form(deal, m.Document)).ShouldBe(["424B5", "424B5", "424B5", "S-3ASR"], ignoreOrder: true);
        lead.ShouldAllBe(m => m.Date == new DateOnly(2025, 9, 6) && m.ExpectedDate == m.Date && m.DatedDocuments == 4
            && m.Counterparty!.StartsWith("J Digital 6 Cayman", StringComparison.Ordinal));

        // The sales agreement of the program, as the 8-K, its exhibit and the shelf's ATM prospectus name it, with Cantor.
        var sales = deal.AgreementMentions.Where(m => m.Key == "sales agreement" && m.Counterparty is not null && m.Counterparty.StartsWith("Cantor", StringComparison.Ordinal)).ToList();
        sales.Select(m => Form(deal, m.Document)).ShouldContain("8-K");
        sales.Select(m => Form(deal, m.Document)).ShouldContain("S-3ASR");
        sales.Single(m => Form(deal, m.Document) == "S-3ASR").Date.ShouldBe(new DateOnly(2025, 9, 16));

        // The three supplements cite the base prospectus of the shelf (333-290312) by the date its own date line gives.
        var bases = deal.BaseProspectusReferences.Where(b => Form(deal, b.Document) == "424B5").ToList();
        bases.Count.ShouldBe(3);
        bases.ShouldAllBe(b => b.Registration == "333-290312" && b.CitedDate == new DateOnly(2025, 9, 16) && b.ExpectedDate == b.CitedDate);
    }

    [CorpusDevFact]
    public void One_supplement_giving_the_lead_investor_agreement_another_date_is_one_finding_pointing_at_the_first_filed()
    {
        var (results, _) = LintDeal(Program, "fwdi_424b5_2025-11-10_008141.txt",
            "On September 6, 2025, we entered\ninto a Lead Investor Agreement", "On September 5, 2025, we entered\ninto a Lead Investor Agreement");
        OneFinding(results, "deal.agreement-date", ("fwdi_424b5_2025-11-10_008141.txt", "September 5, 2025"),
            ("fwdi_s3asr_2025-09-17_007043.txt", "September 6, 2025"));
    }

    /// <summary>The deal's one finding, of the rule, at the words of one file and pointing at those of the other.</summary>
    private static (Finding Finding, RelatedLocation Other) OneFinding(IReadOnlyList<FileResult> results, string rule,
        (string File, string Excerpt) at, (string File, string Excerpt) related)
    {
        var finding = DealFindings(results).ShouldHaveSingleItem();
        finding.RuleId.ShouldBe(rule);
        Path.GetFileName(finding.Path).ShouldBe(at.File);
        finding.Excerpt.ShouldBe(at.Excerpt);
        var other = finding.Related.ShouldHaveSingleItem();
        Path.GetFileName(other.Path).ShouldBe(related.File);
        other.Excerpt.ShouldBe(related.Excerpt);
        return (finding, other);
    }
}
