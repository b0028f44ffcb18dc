using Shouldly;
using Xunit;

namespace FilingLint.Tests.Cli;

/// <summary>The deal from the command line: <c>lint --deal</c>, a <c>deal:</c> list in <c>.filinglint.yml</c>, <c>facts --deal</c>.</summary>
public class DealCommandTests
{
    private static string ChangedCase => Path.Combine(Repository.Root, "rules", "deal", "fixtures", "deal.agreement-date", "changed-8k");

    private static string CopyCase(string dir)
    {
        foreach (var f in Directory.GetFiles(ChangedCase)) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        return dir;
    }

    [Fact]
    public void Lint_deal_reports_the_cross_document_finding_with_its_other_place_and_lint_alone_does_not()
    {
        var (exit, output, _) = CliRun.Run("lint", "--deal", "--no-config", ChangedCase);
        exit.ShouldBe(1);
        output.ShouldContain("warning deal.agreement-date: The Equity Distribution Agreement is dated August 12, 2020 here but August 11, 2020");
        output.ShouldContain("see also: ");
        CliRun.Run("lint", "--no-config", ChangedCase).Out.ShouldNotContain("warning deal.agreement-date");
    }

    [Fact]
    public void A_deal_list_in_the_configuration_makes_its_filings_one_deal()
    {
        string dir = CopyCase(Directory.CreateTempSubdirectory().FullName);
        try
        {
            File.WriteAllText(Path.Combine(dir, ".filinglint.yml"), "deal: [\"*.md\", supplement.txt]\n");
            CliRun.Run("lint", dir).Out.ShouldContain("warning deal.agreement-date:");
            // A deal of the 8-K alone has nothing to compare.
            File.WriteAllText(Path.Combine(dir, ".filinglint.yml"), "deal: [8k.md]\n");
            CliRun.Run("lint", dir).Out.ShouldNotContain("warning deal.agreement-date");
            File.WriteAllText(Path.Combine(dir, ".filinglint.yml"), "deal: [\"*.{md,txt}\"]\n");
            var (exit, _, err) = CliRun.Run("lint", dir);
            exit.ShouldBe(2);
            err.ShouldContain(".filinglint.yml:1:");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Facts_deal_prints_each_agreement_with_the_date_the_deal_expects()
    {
        var (exit, output, _) = CliRun.Run("facts", "--deal", ChangedCase);
        exit.ShouldBe(0);
        output.ShouldContain("ExpectedDateText: August 11, 2020");
        output.ShouldContain("Name: 8k.md");
        CliRun.Run("facts", Path.Combine(ChangedCase, "8k.md"), Path.Combine(ChangedCase, "agreement.md")).Exit.ShouldBe(2);
    }
}
