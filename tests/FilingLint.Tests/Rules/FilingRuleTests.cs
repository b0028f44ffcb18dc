using FilingLint.Documents;
using FilingLint.Engine;
using FilingLint.Findings;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Rules;

/// <summary>
/// The cover-page (market, risk factors, registration number), preliminary-legend, commission, agent-name and baby-shelf rules on real filings (the copies in
/// Fixtures/corpus): silent on the filing as filed, firing on a one-edit variant of it.
/// </summary>
public class FilingRuleTests
{
    private static string Real(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "corpus", name));

    private const string Ess = "ess_tech_424b5_atm_sales_agreement_2025-03-31.primary.htm";
    private const string Flushing = "flushing_financial_424b5_preliminary_2024-12.html";
    private const string Imunon = "imunon_424b5_best_efforts_2025-12-31.txt";

    private static IReadOnlyList<Finding> Findings(string text, string name, string ruleId) =>
        new LintEngine(Seed.BuiltInRules).Lint(DocumentLoader.Read(name, System.Text.Encoding.UTF8.GetBytes(text)).Document!)
            .Findings.Where(f => f.RuleId == ruleId).ToList();

    [Fact]
    public void Cover_must_name_the_market_and_symbol_unless_the_securities_are_unlisted()
    {
        Findings(Real(Ess), Ess, "cover.market-and-symbol").ShouldBeEmpty();
        Findings(Real(Ess).ReplaceOnce("under the symbol &#8220;GWH.&#8221;", ""), Ess, "cover.market-and-symbol")
            .ShouldHaveSingleItem().Location.Line.ShouldBe(4);
        // BofA's pricing supplement: "THE NOTES WILL NOT BE LISTED ON ANY SECURITIES EXCHANGE".
        const string bofa = "bank_of_america_424b2_2025-03-31.txt";
        Findings(Real(bofa), bofa, "cover.market-and-symbol").ShouldBeEmpty();
        // The seed is a "Supplement No. 1 to Prospectus Supplement": the amended supplement's cover carries the items.
        Seed.Lint(Seed.Text).Findings.ShouldNotContain(f => f.RuleId.StartsWith("cover.", StringComparison.Ordinal));
    }

    [Fact]
    public void Cover_must_give_the_risk_factors_page_and_only_the_cover_counts()
    {
        string cover = "Filed Pursuant to Rule 424(b)(5)\nRegistration No. 333-271234\n\n**PROSPECTUS SUPPLEMENT**\n\n"
            + "Our common stock is listed on the Nasdaq Capital Market under the symbol “EXTX.”\n\n"
            + "Investing in our common stock involves a high degree of risk. See “Risk Factors” beginning on page S-7 of this prospectus supplement.\n\n"
            + "---\n\n**RISK FACTORS**\n\nAn investment in our common stock involves a high degree of risk.\n";
        Findings(cover, "filing.md", "cover.risk-factors-page").ShouldBeEmpty();
        var noPage = Findings(cover.ReplaceOnce(" beginning on page S-7 of", " in"), "filing.md", "cover.risk-factors-page").ShouldHaveSingleItem();
        noPage.Excerpt.ShouldBe("Risk Factors");
        noPage.Message.ShouldContain("without the page number");
        // A dense cover without its date line on the first page runs over onto the next one, up to that page's first section.
        string overflowing = cover.ReplaceOnce("See “Risk Factors” beginning on page S-7 of this prospectus supplement.\n\n---\n\n",
            "\n\n---\n\nSee “Risk Factors” beginning on page S-7 of this prospectus supplement.\n\n");
        Findings(overflowing, "filing.md", "cover.risk-factors-page").ShouldBeEmpty();
        // A first page that ends with its date line is the whole cover.
        string dated = overflowing.ReplaceOnce("\n\n---\n\n", "\n\nThe date of this prospectus supplement is March 4, 2024.\n\n---\n\n");
        Findings(dated, "filing.md", "cover.risk-factors-page").ShouldHaveSingleItem().Message.ShouldContain("no cross-reference");
        // Inside the body (after the next page's first section heading) it is not on the cover.
        string moved = cover.ReplaceOnce("See “Risk Factors” beginning on page S-7 of this prospectus supplement.\n\n---\n\n**RISK FACTORS**\n\n",
            "\n\n---\n\n**RISK FACTORS**\n\nSee “Risk Factors” beginning on page S-7 of this prospectus supplement.\n\n");
        Findings(moved, "filing.md", "cover.risk-factors-page").ShouldHaveSingleItem().Message.ShouldContain("no cross-reference");
        Findings(Real(Ess), Ess, "cover.risk-factors-page").ShouldBeEmpty();
    }

    [Fact]
    public void Subject_to_completion_is_allowed_in_a_real_preliminary_and_reported_in_a_final()
    {
        // Flushing's preliminary supplement, filed under 424(b)(5) like a final one: the legend, blank price and date.
        Findings(Real(Flushing), Flushing, "legend.preliminary-in-final").ShouldBeEmpty();
        string dated = Real(Flushing).ReplaceOnce("The date of this prospectus supplement is &#8199;&#8199;&#8199;&#8199;&#8199;&#8199;&#8199;&#8199; &#8199;&#8199;, 2024.",
            "The date of this prospectus supplement is December 13, 2024.");
        var f = Findings(dated, Flushing, "legend.preliminary-in-final").ShouldHaveSingleItem();
        f.Excerpt.ShouldBe("SUBJECT TO COMPLETION");
        f.Message.ShouldContain("December 13, 2024");

        string final = Real(Ess).ReplaceOnce("PROSPECTUS SUPPLEMENT", "SUBJECT TO COMPLETION<br>PROSPECTUS SUPPLEMENT");
        Findings(final, Ess, "legend.preliminary-in-final").ShouldHaveSingleItem().Message.ShouldContain("March 31, 2025");
    }

    [Fact]
    public void Commission_rate_must_be_the_same_in_the_summary_and_the_plan_of_distribution()
    {
        Findings(Real(Ess), Ess, "offering.commission-rate").ShouldBeEmpty();
        string changed = Real(Ess).ReplaceOnce("compensation of up to 3.0% of the gross sale price", "compensation of up to 2.5% of the gross sale price");
        var f = Findings(changed, Ess, "offering.commission-rate").ShouldHaveSingleItem();
        f.Message.ShouldContain("2.5%");
        f.Message.ShouldContain("3.0%");
        // "the Securities and Exchange Commission" is not a commission; a tiered sentence is not one rate.
        Seed.Facts("The Securities and Exchange Commission may take 20% of the gross proceeds into account.").CommissionRates.ShouldBeEmpty();
        Seed.Facts("The commission is 3.0% of the gross sales price, or 1.0% of the gross sales price for block trades.").CommissionRates.ShouldBeEmpty();
    }

    [Fact]
    public void Agent_name_spelt_differently_is_reported_and_the_majority_spelling_wins()
    {
        Findings(Real(Ess), Ess, "terms.agent-name").ShouldBeEmpty();
        const string nextera = "nextera_424b5_atm_equity_distribution_2025-12-31.primary.htm";
        Findings(Real(nextera), nextera, "terms.agent-name").ShouldBeEmpty();

        string text = Real(Ess);
        int second = text.IndexOf("Robert W. Baird", text.IndexOf("Robert W. Baird", StringComparison.Ordinal) + 1, StringComparison.Ordinal);
        string misspelt = text[..second] + "Robert W Baird" + text[(second + "Robert W. Baird".Length)..];
        var f = Findings(misspelt, Ess, "terms.agent-name").ShouldHaveSingleItem();
        f.Excerpt.ShouldBe("Robert W Baird");
        f.Suggestion.ShouldBe("Robert W. Baird");
    }

    [Fact]
    public void Baby_shelf_filings_state_the_float_calculation_and_the_last_12_months()
    {
        Findings(Real(Imunon), Imunon, "offering.baby-shelf-disclosure").ShouldBeEmpty();
        Findings(Real(Ess), Ess, "offering.baby-shelf-disclosure").ShouldBeEmpty();
        string noSales = Real(Imunon).ReplaceOnce("During the 12 calendar months prior to, and including,", "During the current fiscal year, through");
        var f = Findings(noSales, Imunon, "offering.baby-shelf-disclosure").ShouldHaveSingleItem();
        f.Message.ShouldContain("12 calendar months");
        f.Message.ShouldNotContain("public float calculation");
        // A filing that does not rely on I.B.6 has nothing to state.
        const string nextera = "nextera_424b5_atm_equity_distribution_2025-12-31.primary.htm";
        Findings(Real(nextera), nextera, "offering.baby-shelf-disclosure").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Our ordinary shares are listed on the Nasdaq Global Market, or Nasdaq, under the symbol “ABCD.”", "ABCD")]
    [InlineData("Our common stock is listed under the symbol “XYZ” on the NYSE American.", "XYZ")]
    [InlineData("Our common stock is quoted on the OTCQB under the symbol “ABCD”.", "ABCD")]
    [InlineData("Our common stock is traded under the symbol ABCD.", null)]
    public void Cover_listing_is_read_in_the_forms_covers_use(string sentence, string? symbol) =>
        Seed.Facts("Filed Pursuant to Rule 424(b)(5)\n\n" + sentence + "\n").Cover.Symbol.ShouldBe(symbol);

    [Theory]
    [InlineData("The closing of this offering is not subject to completion of the Merger.", null)]
    [InlineData("This prospectus supplement supersedes the preliminary prospectus supplement dated March 1, 2024.", null)]
    [InlineData("Preliminary Pricing Supplement - Subject to Completion", "Subject to Completion")]
    [InlineData("PRELIMINARY PROSPECTUS SUPPLEMENT", "PRELIMINARY PROSPECTUS SUPPLEMENT")]
    public void Only_the_preliminary_legend_or_title_counts_as_preliminary(string line, string? legend) =>
        Seed.Facts("Filed Pursuant to Rule 424(b)(5)\n\n" + line + "\n").Cover.PreliminaryLegend.ShouldBe(legend);

    [Fact]
    public void A_rate_for_some_sales_only_is_not_compared()
    {
        var rates = Seed.Facts("The underwriters will receive a commission of 7.0% of the gross proceeds. "
            + "For investors introduced by us, the commission will be 3.5% of the gross proceeds.").CommissionRates;
        rates.ShouldHaveSingleItem().Percent.ShouldBe(7.0m);
    }

    private const string Rule = "cover.registration-number";

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
        Findings(Real(imunon), imunon, Rule).ShouldBeEmpty();

        string wrong = WithCoverNumber(Real(imunon), "333-279425", "333-279426");
        var finding = Findings(wrong, imunon, Rule).ShouldHaveSingleItem();
        finding.Message.ShouldContain("Registration No. 333-279426, but EDGAR files this document under 333-279425");
        finding.Suggestion.ShouldBe("Registration No. 333-279425");
        finding.Excerpt.ShouldBe("333-279426");
    }

    [Fact]
    public void Co_registrants_file_under_two_numbers_and_the_shelf_number_on_the_cover_is_right()
    {
        const string bofa = "bank_of_america_424b2_2025-03-31.txt";
        Seed.Facts(Real(bofa)).EdgarFileNumbers.ShouldBe(["333-268718", "333-268718-01"]);
        Findings(Real(bofa), bofa, Rule).ShouldBeEmpty();
    }

    [Fact]
    public void Without_an_edgar_header_there_is_nothing_to_compare_with()
    {
        Seed.Facts(Seed.Corrected).EdgarFileNumbers.ShouldBeEmpty();
        Seed.Lint(Seed.Corrected).Findings.ShouldNotContain(f => f.RuleId == Rule);
    }
}
