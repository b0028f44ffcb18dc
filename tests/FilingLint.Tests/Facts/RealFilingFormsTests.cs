using FilingLint.Facts;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Facts;

/// <summary>Fact forms real filings use that the seed does not: amounts, definitions and dates as the corpus writes them.</summary>
public class RealFilingFormsTests
{
    [Theory]
    [InlineData("having an aggregate offering price of up to fourteen million five hundred thousand dollars ($14,500,000) from time to time", 14_500_000)]
    [InlineData("having an aggregate offering price of up to $14.5 million from time to time", 14_500_000)]
    [InlineData("having an aggregate offering price of up to US$4.0 billion from time to time", 4_000_000_000)]
    public void Offering_cap_in_every_usual_form(string words, decimal cap)
    {
        var filing = Seed.Facts(Seed.Text.ReplaceOnce("having an aggregate offering price of up to \\$14,500,000 from time to time", words));
        filing.Offerings.ShouldHaveSingleItem().Cap.ShouldBe(cap);
        filing.Amounts.First(a => a.Role == AmountRole.OfferingCap).Qualifiers.ShouldContain("up to");
    }

    [Fact]
    public void Up_to_in_a_fee_sentence_is_not_a_cap()
    {
        var filing = Seed.Facts(Seed.Text.ReplaceOnce("having an aggregate offering price of up to \\$14,500,000", "for up to 14,500,000 shares")
            + "\n\nWe have agreed to reimburse the agent for its expenses, including legal fees, for up to $85,000.\n");
        filing.Offerings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("we entered into a severance plan, or the CiC Plan, in which employees take part.", "CiC Plan")]
    [InlineData("we entered into a market sales agreement, or the sales agreement, with the agent.", "sales agreement")]
    [InlineData("we entered into a license agreement (as amended in December 2021, the “Whitehead Agreement”) with the institute.", "Whitehead Agreement")]
    [InlineData("“Adjusted Outstanding Shares” means the shares outstanding on a fully diluted basis.", "Adjusted Outstanding Shares")]
    [InlineData("we issued notes due 2030 (collectively, the “Notes”) to investors.", "Notes")]
    public void Definitions_in_the_forms_real_filings_use(string sentence, string term)
    {
        var filing = Seed.Facts("ACME CORP, INC.\n\n" + sentence + "\n");
        filing.DefinedTerms.Select(t => t.Term).ShouldContain(term);
    }

    [Fact]
    public void A_supplement_is_not_dated_by_its_base_prospectus()
    {
        string text = "Filed Pursuant to Rule 424(b)(5)\n\nPROSPECTUS SUPPLEMENT\n\n(To Prospectus dated May 24, 2023)\n\nACME CORP, INC.\n\n"
            + "Prospectus Supplement dated March 26, 2025\n\n---\n\nPROSPECTUS\n\nThe date of this prospectus is May 24, 2023.\n";
        var filing = Seed.Facts(text);
        filing.DocumentDate.ShouldNotBeNull().Value.ShouldBe(new DateOnly(2025, 3, 26));
        filing.Dates.Where(d => d.Subject == "Prospectus").Select(d => d.Value).ShouldAllBe(v => v == new DateOnly(2023, 5, 24));
    }

    [Fact]
    public void Agent_with_its_short_name_and_as_the_agreement_counterparty()
    {
        var filing = Seed.Facts("ACME CORP, INC.\n\nWe have entered into a Sales Agreement, dated March 31, 2025, (the “Sales Agreement”), with Robert W. Baird & Co. Incorporated relating to shares of our common stock. "
            + "We refer to Robert W. Baird & Co. Incorporated as the “sales agent.” The sales agent will sell shares under the Sales Agreement.\n");
        filing.Parties.ShouldContain(p => p.Name == "Robert W. Baird & Co. Incorporated" && p.ShortName == "sales agent");
        var agreement = filing.Agreements.ShouldHaveSingleItem();
        agreement.Counterparty.ShouldBe("Robert W. Baird & Co. Incorporated");
        agreement.Date.ShouldBe(new DateOnly(2025, 3, 31));
    }
}
