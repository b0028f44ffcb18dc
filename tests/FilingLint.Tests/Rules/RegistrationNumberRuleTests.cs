using FilingLint.Documents;
using FilingLint.Engine;
using FilingLint.Findings;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Rules;

/// <summary>cover.registration-number on real EDGAR submissions (the copies in Fixtures/corpus).</summary>
public class RegistrationNumberRuleTests
{
    private static string Real(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "corpus", name));

    private static IReadOnlyList<Finding> Findings(string text, string name) =>
        new LintEngine(Seed.BuiltInRules).Lint(DocumentLoader.Read(name, System.Text.Encoding.UTF8.GetBytes(text)).Document!)
            .Findings.Where(f => f.RuleId == "cover.registration-number").ToList();

    /// <summary>The submission with its primary document's first registration number changed, the header left alone.</summary>
    private static string WithCoverNumber(string submission, string from, string to)
    {
        int body = submission.IndexOf("</SEC-HEADER>", StringComparison.Ordinal);
        int at = submission.IndexOf(from, body, StringComparison.Ordinal);
        return submission[..at] + to + submission[(at + from.Length)..];
    }

    [Fact]
    public void Imunon_cover_matches_its_edgar_file_number_and_a_wrong_one_is_reported_where_it_stands()
    {
        const string imunon = "imunon_424b5_best_efforts_2025-12-31.txt";
        DocumentLoader.Read(imunon, System.Text.Encoding.UTF8.GetBytes(Real(imunon))).Document!.Metadata["SEC FILE NUMBERS"].ShouldBe("333-279425");
        Findings(Real(imunon), imunon).ShouldBeEmpty();

        string wrong = WithCoverNumber(Real(imunon), "333-279425", "333-279426");
        var finding = Findings(wrong, imunon).ShouldHaveSingleItem();
        finding.Message.ShouldContain("Registration No. 333-279426, but EDGAR files this document under 333-279425");
        finding.Suggestion.ShouldBe("Registration No. 333-279425");
        finding.Excerpt.ShouldBe("333-279426");
    }

    [Fact]
    public void Co_registrants_file_under_two_numbers_and_the_shelf_number_on_the_cover_is_right()
    {
        const string bofa = "bank_of_america_424b2_2025-03-31.txt";
        Seed.Facts(Real(bofa)).EdgarFileNumbers.ShouldBe(["333-268718", "333-268718-01"]);
        Findings(Real(bofa), bofa).ShouldBeEmpty();
    }

    [Fact]
    public void Without_an_edgar_header_there_is_nothing_to_compare_with()
    {
        Seed.Facts(Seed.Corrected).EdgarFileNumbers.ShouldBeEmpty();
        Seed.Lint(Seed.Corrected).Findings.ShouldNotContain(f => f.RuleId == "cover.registration-number");
    }
}
