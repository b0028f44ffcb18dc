using FilingLint.Engine;
using FilingLint.Tests.Rules;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Facts;

/// <summary>The EDGAR header in the fact model, each field with its place in the submission file; Issuer only from the document.</summary>
public class EdgarHeaderTests
{
    private static string Submission(string body) =>
        "<SEC-DOCUMENT>0001193125-25-012209.txt : 20250124\n" +                 // line 1
        "<SEC-HEADER>0001193125-25-012209.hdr.sgml : 20250124\n" +              // 2
        "CONFORMED SUBMISSION TYPE:\t424B5\n" +                                 // 3
        "FILED AS OF DATE:\t\t20250124\n" +                                     // 4
        "\n" +                                                                  // 5
        "FILER:\n" +                                                            // 6
        "\tCOMPANY DATA:\t\n" +                                                 // 7
        "\t\tCOMPANY CONFORMED NAME:\t\t\tACME CORP\n" +                        // 8
        "\t\tCENTRAL INDEX KEY:\t\t\t0001234567\n" +                            // 9
        "\tFILING VALUES:\n" +                                                  // 10
        "\t\tSEC FILE NUMBER:\t333-268718\n" +                                  // 11
        "FILER:\n" +                                                            // 12
        "\tCOMPANY DATA:\t\n" +                                                 // 13
        "\t\tCOMPANY CONFORMED NAME:\t\t\tACME FINANCE LLC\n" +                 // 14
        "\tFILING VALUES:\n" +                                                  // 15
        "\t\tSEC FILE NUMBER:\t333-268718-01\n" +                               // 16
        "\t\tSEC FILE NUMBER:\t333-268718\n" +                                  // 17
        "</SEC-HEADER>\n" +
        "<DOCUMENT>\n<TYPE>424B5\n<SEQUENCE>1\n<FILENAME>d1.txt\n<TEXT>\n" + body + "\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n";

    private static FileResult Lint(string text, FilingLint.Engine.RuleSet? rules = null) =>
        new LintEngine(rules ?? Seed.BuiltInRules).Lint(Seed.Read(text, "submission.txt"));

    [Fact]
    public void Header_fields_are_facts_with_their_place_in_the_submission()
    {
        var header = Lint(Submission("PROSPECTUS SUPPLEMENT\n\nWe are offering shares of common stock.")).Filing!.EdgarHeader.ShouldNotBeNull();
        header.CompanyName.ShouldBe(new FilingLint.Facts.HeaderField("ACME CORP", 8, 29, 8, 38));
        header.Cik!.Value.ShouldBe("0001234567");
        (header.Cik.Line, header.Cik.Column).ShouldBe((9, 24));
        header.FormType!.Value.ShouldBe("424B5");
        (header.FormType.Line, header.FormType.Column).ShouldBe((3, 28));
        header.FiledAsOf!.Value.ShouldBe("20250124");
        header.FiledAsOfDate.ShouldBe(new DateOnly(2025, 1, 24));
        header.FileNumbers.Select(f => (f.Value, f.Line)).ShouldBe([("333-268718", 11), ("333-268718-01", 16)]);
    }

    [Fact]
    public void Issuer_is_only_the_document_s_own_name()
    {
        // The cover does not name the company: the header's name is no Issuer, with an empty span.
        var unnamed = Lint(Submission("PROSPECTUS SUPPLEMENT\n\nWe are offering shares of common stock.")).Filing!;
        unnamed.Issuer.ShouldBeNull();
        unnamed.EdgarHeader!.CompanyName!.Value.ShouldBe("ACME CORP");

        var named = Lint(Submission("ACME CORP.\n\nPROSPECTUS SUPPLEMENT\n\nWe are offering shares of common stock.")).Filing!;
        named.Issuer.ShouldBe("Acme Corp.");
        Seed.Read(Submission("ACME CORP.\n\nPROSPECTUS SUPPLEMENT\n\nWe are offering shares of common stock."), "submission.txt").Slice(named.IssuerSpan).ShouldBe("ACME CORP.");

        Seed.Facts(Seed.Text).EdgarHeader.ShouldBeNull();
    }

    [Fact]
    public void Rules_reach_the_header()
    {
        var rules = RuleFiles.Load("""
            rules:
              - id: house.form
                severity: warning
                description: The submission is filed as the form the house expects.
                when: EdgarHeader != null && EdgarHeader.FormType != null
                assert: EdgarHeader.FormType.Value == "424B3" && EdgarHeader.FileNumbers.Count > 1
                message: "Filed as {EdgarHeader.FormType.Value} on {EdgarHeader.FiledAsOfDate}, CIK {EdgarHeader.Cik.Value}, under {EdgarHeader.FileNumbers.Count} file numbers."
            """);
        var finding = Lint(Submission("PROSPECTUS SUPPLEMENT\n\nText."), rules).Findings.ShouldHaveSingleItem();
        finding.Message.ShouldBe("Filed as 424B5 on January 24, 2025, CIK 0001234567, under 2 file numbers.");
    }
}
