using FilingLint.Cli.Commands;
using FilingLint.Tests.Cli;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Accuracy;

/// <summary>
/// <c>rules accuracy --deal</c>: each company's filings of a folder are linted as one deal and the deal rules' findings are
/// counted against the labels like any other rule's; without <c>--deal</c> they are not. Two companies of our own writing:
/// Harbor Lane's 8-K dates its sales agreement a day after its supplement does; Pine Ridge's 8-K gives the same title and
/// agent yet another date, which is no finding because Pine Ridge is another deal.
/// </summary>
public class DealAccuracyTests
{
    private const string HarborEightK = """
        # FORM 8-K

        CURRENT REPORT

        Harbor Lane Therapeutics, Inc.

        Item 1.01 Entry into a Material Definitive Agreement.

        On March 3, 2026, Harbor Lane Therapeutics, Inc. (the “Company”) entered into a Sales Agreement, dated March 3, 2026 (the “Sales Agreement”), with Keel Street Securities LLC (“Keel Street”), as sales agent, under which the Company may offer and sell shares of its common stock having an aggregate offering price of up to $20,000,000 from time to time through Keel Street.

        SIGNATURES
        """;

    private const string HarborSupplement = """
        Filed Pursuant to Rule 424(b)(5)
        Registration No. 333-291111

        PROSPECTUS SUPPLEMENT
        (To Prospectus dated January 9, 2026)

        Harbor Lane Therapeutics, Inc.

        Up to $20,000,000 of Common Stock

        We have entered into a Sales Agreement, dated March 2, 2026 (the “Sales Agreement”), with Keel Street Securities LLC (“Keel Street”) relating to shares of our common stock offered by this prospectus supplement and the accompanying prospectus. In accordance with the terms of the Sales Agreement, we may offer and sell shares of our common stock having an aggregate offering price of up to $20,000,000 from time to time through Keel Street.

        The date of this prospectus supplement is March 4, 2026.
        """;

    private const string PineEightK = """
        # FORM 8-K

        CURRENT REPORT

        Pine Ridge Minerals Corp.

        Item 1.01 Entry into a Material Definitive Agreement.

        On February 27, 2026, Pine Ridge Minerals Corp. (the “Company”) entered into a Sales Agreement, dated February 27, 2026 (the “Sales Agreement”), with Keel Street Securities LLC (“Keel Street”), as sales agent, under which the Company may offer and sell shares of its common stock having an aggregate offering price of up to $5,000,000 from time to time through Keel Street.

        SIGNATURES
        """;

    [Theory]
    [InlineData("acme_8k_2026-01-02_000042.txt", "acme")]
    [InlineData("acme_424b5_2026-01-03.txt", "acme")]
    [InlineData("bank_of_acme_424b2_structured_note_2025-03-31.txt", "bank_of_acme")]
    [InlineData("acme_s3asr_2025-09-17_007043.txt", "acme")]
    [InlineData("acme_8ka_2025-09-08.txt", "acme")]
    [InlineData("notes.txt", "notes.txt")]
    public void A_file_belongs_to_the_company_its_name_gives_before_the_form(string file, string company) =>
        RulesAccuracyCommand.Company(file).ShouldBe(company);

    [Fact]
    public void Deal_findings_are_counted_with_deal_and_not_without()
    {
        string dir = CliRun.TempDir();
        try
        {
            string corpus = Path.Combine(dir, "deals");
            Directory.CreateDirectory(corpus);
            File.WriteAllText(Path.Combine(corpus, "harbor_8k_2026-03-03.md"), HarborEightK);
            File.WriteAllText(Path.Combine(corpus, "harbor_424b5_2026-03-04.txt"), HarborSupplement);
            File.WriteAllText(Path.Combine(corpus, "pine_8k_2026-02-27.md"), PineEightK);
            string labels = Path.Combine(dir, "labels.tsv");
            string unlabelled = Path.Combine(dir, "unlabelled.tsv");
            File.WriteAllText(labels, string.Join('\t', FilingLint.Accuracy.LabelSet.Columns) + "\n");

            var (exit, output, _) = CliRun.Run("rules", "accuracy", "--deal", "--labels", labels, "--unlabelled", unlabelled, corpus);
            exit.ShouldBe(1);
            var dealRows = File.ReadAllLines(unlabelled).Where(l => l.Contains("\tdeal.", StringComparison.Ordinal)).ToList();
            // One deal finding, in Harbor Lane's 8-K (the supplement's date is the first filed's); none in Pine Ridge's.
            dealRows.Count.ShouldBe(1, output);
            dealRows[0].ShouldStartWith("deals/harbor_8k_2026-03-03.md\tdeal.agreement-date\t9\t");
            // Every deal rule has its row, with 0 findings too.
            output.ShouldContain("deal.agreement-date ");
            output.ShouldMatch(@"deal\.sold-to-date\s+-\s+0\s+0\s+0\s+0\s+0\s+-\s+-");

            // Labelled (the deal finding true, the documents' own findings as the reader left them), the run is clean.
            File.WriteAllLines(labels, File.ReadAllLines(unlabelled).Select(l => l.Contains("\tdeal.", StringComparison.Ordinal)
                ? l.Replace("\tfalse\tnone\t", "\ttrue\twarning\t", StringComparison.Ordinal) : l));
            (exit, output, _) = CliRun.Run("rules", "accuracy", "--deal", "--labels", labels, corpus);
            exit.ShouldBe(0, output);
            output.ShouldMatch(@"deal\.agreement-date\s+warning\s+1\s+1\s+0\s+0\s+0\s+100%\s+100%");

            // Without --deal the deal finding is not given: its true label is reported gone.
            (exit, output, _) = CliRun.Run("rules", "accuracy", "--labels", labels, corpus);
            exit.ShouldBe(1);
            output.ShouldContain("a true finding is no longer reported");
            output.ShouldNotContain("deal.sold-to-date");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
