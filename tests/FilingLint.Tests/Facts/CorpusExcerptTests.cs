using FilingLint.Facts;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Facts;

/// <summary>
/// Excerpts of the shared corpus that gave false findings, each with a variant that must still give the finding,
/// so a test cannot pass by the rule going silent.
/// </summary>
public class CorpusExcerptTests
{
    private const string Issuer = "ACME CORP, INC.\n\n";

    private static string[] Findings(string text, string ruleId) =>
        Seed.Lint(text).Findings.Where(f => f.RuleId == ruleId).Select(f => f.Excerpt).ToArray();

    // bank_of_america_424b2_2025-03-31.txt
    private const string TriggerNotes = "The Trigger Callable Yield Notes linked to the Least Performing of the S&P 500® Index and the S&P 500® "
        + "Equal Weight Index (each, an “Underlying”) due October 5, 2026 (the “Notes”) are senior unsecured obligations issued by BofA "
        + "Finance LLC (“BofA Finance” or the “issuer”), a consolidated finance subsidiary of Bank of America Corporation (“BAC” or the "
        + "“Guarantor”), which are fully and unconditionally guaranteed by the Guarantor. The Notes will pay a Coupon Payment on each monthly Coupon Payment Date.\n";

    [Fact]
    public void A_definition_names_the_phrase_headed_by_its_noun_across_a_long_clause()
    {
        var notes = Seed.Facts(Issuer + TriggerNotes).DefinedTerms.Single(t => t.Term == "Notes");
        notes.Antecedent.ShouldBe("Trigger Callable Yield Notes");
        Findings(Issuer + TriggerNotes, "terms.undefined").ShouldBeEmpty();
        Findings(Issuer + TriggerNotes.Replace("(the “Notes”) ", ""), "terms.undefined").ShouldContain("Trigger Callable Yield Notes");
    }

    [Theory]
    // camp4_therapeutics_424b4_ipo_2024.htm
    [InlineData("Existing European patents and published applications may be opted out of the jurisdiction of the UPC at any time before the end "
        + "of a transitional period (at least seven years from the UPC Agreement which went into effect on June 1, 2023), unless an action has already been brought.", "UPC Agreement")]
    // excelerate_energy_424b5_underwritten_2025-03-31.txt
    [InlineData("We offer enhanced energy security and independence to the countries in which we operate, while playing a vital role in advancing "
        + "their efforts to lower carbon emissions and comply with the Paris Agreement on climate change.", "Paris Agreement")]
    public void A_treaty_needs_no_definition(string sentence, string treaty)
    {
        Findings(Issuer + sentence + "\n", "terms.undefined").ShouldBeEmpty();
        string commercial = treaty.Replace(treaty.Split(' ')[0], "Supply");
        Findings(Issuer + sentence.Replace(treaty, commercial) + "\n", "terms.undefined").ShouldContain(commercial);
    }

    [Theory]
    // central_pacific_financial_s3_2025-06-30.txt
    [InlineData("A fiduciary of (ii) an entity whose underlying assets include “plan assets” by reason of such plan’s investment in the entity above "
        + "a statutory threshold (each a “Plan” and collectively, “Plans”), should consider the fiduciary standards of ERISA in the context of the Plan’s "
        + "particular circumstances before authorizing an investment in the securities.", "(each a “Plan” and collectively, “Plans”)")]
    // credit_suisse_f3_2023-06-08.txt
    [InlineData("Each of (a), (b) and (c) is herein referred to as a “Plan.” In accordance with ERISA’s general fiduciary requirements, a fiduciary "
        + "with respect to any such Plan who is considering the purchase of securities on behalf of such Plan should determine whether such purchase is permitted.",
        "Each of (a), (b) and (c) is herein referred to as a “Plan.”")]
    public void Plan_defined_in_the_ERISA_forms(string text, string definition)
    {
        Seed.Facts(Issuer + text + "\n").DefinedTerms.Select(t => t.Term).ShouldContain("Plan");
        Findings(Issuer + text + "\n", "terms.undefined").ShouldBeEmpty();
        Findings(Issuer + text.Replace(definition, "") + "\n", "terms.undefined").ShouldContain("Plan");
    }

    // healthpeak_424b2_drip_2024.html: the plan is named by the cover's title, then called "the Plan".
    private const string DripBody = "• Exclusion from the Plan for Short-term Trading, Illegality or Other Practices. Participants should not use the plan "
        + "to engage in short-term trading activities or any other practices that could disrupt the market.\n";

    [Fact]
    public void A_plan_titled_on_the_cover_is_the_Plan()
    {
        const string cover = "PROSPECTUS SUPPLEMENT\n\nHealthpeak Properties, Inc.\n\nDIVIDEND REINVESTMENT AND STOCK PURCHASE PLAN\n\nCommon Stock\n\n";
        Findings(cover + DripBody, "terms.undefined").ShouldBeEmpty();
        Findings(cover.Replace("DIVIDEND REINVESTMENT AND STOCK PURCHASE PLAN\n\n", "") + DripBody, "terms.undefined").ShouldContain("Plan");
    }

    [Fact]
    public void A_run_in_heading_in_title_case_is_not_a_use()
    {
        // vigil_neuroscience_s3_2025-03-31.txt
        const string heading = "Risks Related to This Offering.\n\n";
        const string body = "The number of shares of common stock being registered for sale upon conversion of the shares of Series A Preferred Stock is significant.\n";
        Findings(Issuer + heading + body, "terms.undefined").ShouldBeEmpty();
        Findings(Issuer + "Risks related to this Offering are significant.\n\n" + body, "terms.undefined").ShouldContain("Offering");
    }

    // nextera_424b5_atm_equity_distribution_2025-12-31
    private const string Nee = "This prospectus supplement and the accompanying prospectus relate to the offer and sale from time to time of shares of "
        + "NextEra Energy, Inc.’s (“NEE”) common stock, having an aggregate offering price of up to $4,000,000,000.\n\n"
        + "NextEra Energy, Inc. (“NEE”) and/or NextEra Energy Capital Holdings, Inc. (“NEE Capital”) may offer any combination of the securities.\n\n"
        + "The record date may not be more than 15 days or less than 10 days before the date that NEE Capital, or NEE, as the case may be, proposes to pay the defaulted interest.\n";

    [Fact]
    public void A_possessive_and_an_alternative_do_not_redefine_a_term()
    {
        Seed.Facts(Issuer + Nee).DefinedTerms.Single(t => t.Term == "NEE").Definitions.Select(d => d.Antecedent)
            .ShouldBe(["NextEra Energy, Inc.", "NextEra Energy, Inc."]);
        Findings(Issuer + Nee, "terms.redefined").ShouldBeEmpty();
        Findings(Issuer + Nee.Replace("NextEra Energy, Inc. (“NEE”)", "Florida Power & Light Company (“NEE”)"), "terms.redefined").ShouldContain("NEE");
    }

    [Fact]
    public void Indefinite_indentures_are_different_documents()
    {
        // nextera_424b5_atm_equity_distribution_2025-12-31: two indentures, each introduced as "an Indenture".
        string text = Issuer + "NEE Capital may issue its senior debt securities, in one or more series, under an Indenture, dated as of June 1, 1999, "
            + "between NEE Capital and The Bank of New York Mellon, as trustee.\n\nNEE Capital may issue its junior subordinated debentures in one or more "
            + "series, under an Indenture, dated as of September 1, 2006, among NEE Capital, NEE and The Bank of New York Mellon, as trustee.\n";
        Findings(text, "dates.inconsistent-reference").ShouldBeEmpty();
        Findings(text.Replace("under an Indenture", "under the Indenture"), "dates.inconsistent-reference").ShouldHaveSingleItem();
    }

    [Fact]
    public void A_lower_case_agreement_dated_as_of_is_an_agreement_date()
    {
        // imunon_424b5_best_efforts_2025-12-31.txt
        string text = "PROSPECTUS SUPPLEMENT\n\nImunon, Inc.\n\nProspectus Supplement dated December 29, 2025\n\n"
            + "Pursuant to a placement agency agreement, dated as of December 30, 2025, we have engaged Maxim Group LLC (“Maxim”) to act as our lead Placement Agent.\n";
        var date = Seed.Facts(text).Dates.Single(d => d.Text == "December 30, 2025");
        date.Role.ShouldBe(DateRole.Agreement);
        date.Subject.ShouldBe("placement agency agreement");
        Seed.Lint(text).Findings.Single(f => f.RuleId == "dates.chronology").Message
            .ShouldStartWith("The placement agency agreement is dated December 30, 2025, after this document's own date (December 29, 2025)");
    }
}
