using Shouldly;
using Xunit;

namespace FilingLint.Tests.Facts;

/// <summary>
/// What is a defined term and what is a use of one, on excerpts of the shared corpus that gave false
/// terms.unused infos: plurals, sentence-case terms, lists and alternatives, redaction marks and formula variables.
/// </summary>
public class TermUsesTests
{
    private const string Issuer = "ACME CORP, INC.\n\n";

    private static FilingLint.Facts.DefinedTerm Term(string text, string term) =>
        Seed.Facts(Issuer + text + "\n").DefinedTerms.Single(t => t.Term == term);

    private static string[] Terms(string text) => Seed.Facts(Issuer + text + "\n").DefinedTerms.Select(t => t.Term).ToArray();

    [Fact]
    public void A_plural_is_a_use()
    {
        // pacific_gas_424b5_preliminary_2024-02.html
        const string definition = "“Swap Agreement” means any agreement with respect to any swap, forward, future or derivative transaction.";
        Term(definition + " Indebtedness excludes liabilities in respect of Lease Obligations or Swap Agreements.", "Swap Agreement").Uses.Count.ShouldBe(1);
        Term(definition + " Indebtedness excludes liabilities in respect of Lease Obligations.", "Swap Agreement").Uses.ShouldBeEmpty();
    }

    [Fact]
    public void A_term_capitalized_only_as_the_first_word_is_used_in_lower_case()
    {
        // credit_suisse_f3_2023-06-08.txt
        const string text = "A “Non-U.S. holder” means a holder that is not a U.S. holder. You must certify that you are a non-U.S. holder in compliance with applicable requirements.";
        Term(text, "Non-U.S. holder").Uses.Count.ShouldBe(1);
        // A Title Case term is not used by the lower-case words: "the company" is not "the Company".
        Term("Acme Corp, Inc. (the “Acme Company”) is a company. The acme company sells.", "Acme Company").Uses.ShouldBeEmpty();
    }

    [Fact]
    public void A_term_named_in_another_definition_is_used_there()
    {
        // aerovironment_s3asr_2025-06-30.txt: "Merger Agreement" starts the antecedent of the sponsors' definition.
        const string text = "On November 18, 2024, we entered into an Agreement and Plan of Merger (the “Merger Agreement”) with BlueHalo Holdings Parent, LLC (“Seller”). "
            + "In connection with the execution and delivery of the Merger Agreement, Arlington Capital Partners V, L.P. and Arlington Capital Partners VI, L.P. (collectively, the “Sponsors”) entered into a letter.";
        Term(text, "Merger Agreement").Uses.Count.ShouldBe(1);
        Term(text.Replace("(collectively, the “Sponsors”) ", ""), "Merger Agreement").Uses.Count.ShouldBe(1);
    }

    [Theory]
    // camp4_therapeutics_424b4_ipo_2024.htm: a list ends in ", and X", it does not define X.
    [InlineData("Tax legislation enacted in 2017, informally titled the Tax Cuts and Jobs Act, or the Tax Act, as amended by the Coronavirus Aid, Relief, "
        + "and Economic Security Act, or the CARES Act, includes changes to U.S. federal tax rates.", "Economic Security Act", "CARES Act")]
    [InlineData("In the U.S., the FDA regulates drugs under the Federal Food, Drug, and Cosmetic Act, or FDCA, as amended, and its implementing regulations.", "Cosmetic Act", "FDCA")]
    // camp4: "or the X Scheme" after a name is an alternative, not a shorter name for it.
    [InlineData("The trial must occur pursuant to either the Clinical Trial Notification Scheme, or the CTN Scheme, or the Clinical Trial Exemption Scheme, "
        + "or the CTX Scheme.", "Clinical Trial Exemption Scheme", "CTN Scheme")]
    public void Lists_and_alternatives_do_not_define(string text, string notATerm, string term)
    {
        var terms = Terms(text);
        terms.ShouldNotContain(notATerm);
        terms.ShouldContain(term);
    }

    [Theory]
    // acurx_s1_2023-06-29.txt (its exhibit's redaction legend)
    [InlineData("Certain confidential portions of this Exhibit were omitted by means of marking such portions with brackets (“[***]”) because they are not material.", "[***]")]
    // credit_suisse_f3_2023-06-08.txt: a formula's variables
    [InlineData("where “D” refers to the applicable per annum rate for commercial paper and “M” refers to the actual number of days in the period.", "M")]
    // nextera_424b5_atm_equity_distribution_2025-12-31: the Indenture's definition, quoted
    [InlineData("Such a Senior Debt Security is defined as a “Discount Security” in the Indenture.", "Discount Security")]
    public void Not_a_term_of_the_filing(string text, string quoted)
    {
        Terms(text).ShouldNotContain(quoted);
        Terms(text.Replace("“" + quoted + "”", "(the “Widget Agreement”)")).ShouldContain("Widget Agreement");
    }

    [Fact]
    public void The_article_and_punctuation_inside_the_quotes_are_not_part_of_the_term()
    {
        // traws_pharma_424b4_2024-12-31.txt, then nextera: “the Securities Act” and “Consolidated Subsidiary,”.
        var securities = Term("The warrants were offered and sold without registration under the Securities Act of 1933, as amended (“the Securities Act”), "
            + "in reliance on the exemptions. The shares are not registered under the Securities Act.", "Securities Act");
        securities.Uses.Count.ShouldBe(1);
        Terms("The term “Consolidated Subsidiary,” means at any date any direct or indirect subsidiary.").ShouldContain("Consolidated Subsidiary");
    }

    [Fact]
    public void A_statute_with_its_year_is_the_antecedent()
    {
        // traws_pharma_424b4_2024-12-31.txt
        Term("The Unregistered Securities are not being registered under the Securities Act of 1933, as amended, or the Securities Act, and are not offered.", "Securities Act")
            .Antecedent.ShouldBe("Securities Act of 1933");
    }
}
