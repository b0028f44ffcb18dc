using Shouldly;
using Xunit;

namespace FilingLint.Tests.Facts;

/// <summary>Drafting conventions seen across real filings, each in our own words, beside a variant that must still be reported.</summary>
public class DraftingConventionTests
{
    private static List<string> Findings(string text, string rule, string? form = null) =>
        Seed.Lint(text, form: form).Findings.Where(f => f.RuleId == rule).Select(f => f.Excerpt).ToList();

    private static IEnumerable<string> Terms(string text) => Seed.Facts(text).DefinedTerms.Select(t => t.Term);

    [Fact]
    public void Every_quoted_term_of_a_parenthesis_is_defined()
    {
        const string text = "Harbor Bio, Inc. sold token warrants (the “Token Offering,” and together with the Cash Offering, the “Offerings”) in May. ";
        Terms(text).ShouldContain("Token Offering");
        Terms(text).ShouldContain("Offerings");
        Terms("It issued shares to the sponsor (and, together with the Note Shares, as “Underlying Shares”) at closing. ").ShouldContain("Underlying Shares");
        // A cross-reference in a parenthesis defines nothing.
        Terms("The shares carry risks (see “Risk Factors”) that investors should weigh. ").ShouldBeEmpty();
    }

    [Fact]
    public void Unquoted_alternatives_and_referred_to_as_define_terms()
    {
        Terms("We entered into a registration rights agreement with the investors, or the Rights Agreement. Under it we file a resale prospectus. ")
            .ShouldContain("Rights Agreement");
        Terms("In this prospectus, we refer to this sale of warrants as the Offering. The Offering closed in June. ").ShouldContain("Offering");
    }

    [Fact]
    public void Terms_given_the_meanings_of_another_document_are_defined_by_reference()
    {
        const string text = "Harbor Bio, Inc. (the “Company”) closed the merger. The Exchange Shares were issued under the Sponsor Support Agreement. ";
        Findings(text, "terms.undefined").ShouldNotBeEmpty();
        Findings(text + "Capitalized terms used but not otherwise defined herein have the meanings given to them in the Merger Agreement. ", "terms.undefined")
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_title_names_one_document_only_with_a_definite_article()
    {
        const string exhibits = "10.1 Employment Agreement, dated May 3, 2024, between Harbor Bio, Inc. and Ann Lee.\n\n"
            + "10.2 Employment Agreement, dated June 9, 2025, between Harbor Bio, Inc. and Raj Patel.\n";
        Findings(exhibits, "dates.inconsistent-reference").ShouldBeEmpty();
        Findings("On May 3, 2024 we signed a Securities Purchase Agreement, dated as of May 2, 2024, with a fund.\n", "dates.inconsistent-reference").ShouldBeEmpty();
        const string same = "Sales are made under the Equity Distribution Agreement, dated May 3, 2024, with the agent.\n\n"
            + "The agent may suspend sales under the Equity Distribution Agreement, dated May 4, 2024, at any time.\n";
        Findings(same, "dates.inconsistent-reference").ShouldHaveSingleItem().ShouldBe("May 4, 2024");
    }

    [Fact]
    public void A_condition_on_a_future_date_is_not_a_figure_as_of_it()
    {
        const string text = "The date of this prospectus is July 1, 2025.\n\nIf, as of December 31, 2025, the milestone has not occurred, the warrants lapse.\n";
        Findings(text, "dates.chronology").ShouldBeEmpty();
        Findings(text.Replace("If, as of", "Our cash was $2 million as of"), "dates.chronology").ShouldHaveSingleItem();
    }

    [Fact]
    public void The_issuer_in_an_eight_k_opener_is_not_an_agent()
    {
        const string text = "On March 3, 2026, Harbor Bio, Inc. (the “Company”) entered into a sales agreement with Bay Securities LLC (the “Agent”). "
            + "HARBOR BIO, INC. will pay the Agent a commission. Harbor Bio, Inc. may suspend sales at any time.\n";
        Seed.Facts(text).PartyMentions.ShouldNotContain(m => m.IsAgent && m.Name.Contains("Harbor", StringComparison.Ordinal));
        Seed.Facts(text).Parties.ShouldContain(p => p.Name == "Harbor Bio, Inc.");
    }

    [Fact]
    public void The_rule_424b_header_in_the_wordings_filings_use()
    {
        foreach (var header in new[] { "Filed Pursuant to Rule 424(b)(3)", "Filing Pursuant to Rule 424(b)(3)", "Filed pursuant to 424(b)(3)" })
            Findings($"PROSPECTUS SUPPLEMENT\n\n{header}\nRegistration No. 333-123456\n\nHarbor Bio, Inc.\n", "legend.rule-424b-header", "424B3").ShouldBeEmpty(header);
        Findings("PROSPECTUS SUPPLEMENT\n\nRegistration No. 333-123456\n\nHarbor Bio, Inc.\n", "legend.rule-424b-header", "424B3").ShouldNotBeEmpty();
    }

    [Fact]
    public void Roman_section_numbers_are_not_placeholders()
    {
        Findings("XX. Governing Law. This agreement is governed by New York law.\n\nSee Section XXX for notices.\n", "draft.placeholder").ShouldBeEmpty();
        Findings("The exercise price is $XX per share.\n", "draft.placeholder").ShouldNotBeEmpty();
    }

    [Fact]
    public void Unclosed_paragraph_tags_are_siblings_not_nesting()
    {
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<p style=\"margin:0\">line", 3000)) + "</body></html>";
        FilingLint.Documents.Readers.HtmlNesting.Check(html, 0, html.Length).ShouldBeNull();
        string deep = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 3000)) + "</body></html>";
        FilingLint.Documents.Readers.HtmlNesting.Check(deep, 0, deep.Length).ShouldNotBeNull();
    }

    [Fact]
    public void A_genuine_preliminary_leaves_blanks_its_final_may_not()
    {
        const string preliminary = "SUBJECT TO COMPLETION, DATED MAY 1, 2026\n\nThe information in this prospectus supplement is not complete and may be changed.\n\n"
            + "PRELIMINARY PROSPECTUS SUPPLEMENT\n\nHarbor Bio, Inc.\n\nWe are offering [•] shares at $[•] per share.\n";
        Findings(preliminary, "draft.placeholder", "424B5").ShouldBeEmpty();
        string final = preliminary.Replace("SUBJECT TO COMPLETION, DATED MAY 1, 2026\n\nThe information in this prospectus supplement is not complete and may be changed.\n\nPRELIMINARY ", "");
        Findings(final, "draft.placeholder", "424B5").Count.ShouldBe(2);
    }

    [Fact]
    public void A_text_check_takes_a_when_over_the_filing()
    {
        string dir = Path.Combine(Path.GetTempPath(), "filinglint-when-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "house.yaml"), "rules:\n  - id: house.no-tbd\n    severity: warning\n    description: No TBD outside drafts.\n"
                + "    when: Issuer != null && Issuer.StartsWith(\"Harbor\")\n    forbid:\n      patterns: '\\bTBD\\b'\n    message: TBD left in.\n");
            var rules = FilingLint.Engine.RuleSet.Load([dir], includeBuiltIn: false);
            const string text = "HARBOR BIO, INC.\n\nThe closing date is TBD.\n";
            new FilingLint.Engine.LintEngine(rules).Lint(Seed.Read(text)).Findings.Where(f => f.RuleId == "house.no-tbd").ShouldHaveSingleItem();
            var other = new FilingLint.Engine.LintEngine(rules).Lint(Seed.Read(text.Replace("HARBOR BIO, INC.", "ACME BIO, INC.")));
            other.Findings.ShouldNotContain(f => f.RuleId == "house.no-tbd");
            other.Rules.Single(r => r.RuleId == "house.no-tbd").Status.ShouldBe(FilingLint.Engine.RuleStatus.Skipped);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Unquoted_definitions_in_a_parenthesis_and_after_together_with()
    {
        Terms("The offer goes only to up to forty holders who meet the tests (the Eligible Holders). ").ShouldContain("Eligible Holders");
        Terms("We sold warrants, or Series C Warrants, and together with the Series D Warrants, the Common Warrants, to the investors. ")
            .ShouldContain("Common Warrants");
        Terms("We issued warrants to the adviser (which we collectively refer to as the Adviser Warrants) at closing. ").ShouldContain("Adviser Warrants");
        Terms("We refer to the A Shares and the B Shares collectively as the “Offered Shares” in this prospectus. ").ShouldContain("Offered Shares");
    }

    [Fact]
    public void A_term_said_to_be_defined_in_another_document_is_not_undefined()
    {
        const string text = "Harbor Bio, Inc. (the “Company”) will file a resale registration statement for the Registrable Securities. ";
        Findings(text, "terms.undefined").ShouldHaveSingleItem().ShouldBe("Registrable Securities");
        Findings(text + "Shares stop being “Registrable Securities” as such term is defined in the registration rights agreement. ", "terms.undefined").ShouldBeEmpty();
        Findings(text.Replace("Registrable Securities.", "Registrable Securities (as defined in the registration rights agreement)."), "terms.undefined").ShouldBeEmpty();
        // "As defined herein" promises a definition this document must then give.
        Findings(text.Replace("Registrable Securities.", "Registrable Securities (as defined herein)."), "terms.undefined").ShouldNotBeEmpty();
    }

    [Fact]
    public void A_catch_all_clause_may_name_the_document_with_a_parenthesis()
    {
        const string text = "Harbor Bio, Inc. closed the merger. The Exchange Shares were issued under the Sponsor Support Agreement. "
            + "Capitalized terms used in this Current Report on Form 8-K (this “Report”) but not otherwise defined herein have the meanings given to them in the Merger Agreement. ";
        Seed.Facts(text).DefinesTermsByReference.ShouldBeTrue();
    }

    [Fact]
    public void A_defined_term_in_lower_case_or_its_other_number_is_the_same_term()
    {
        const string text = "Harbor Bio, Inc. (the “Company”) sold notes (the “notes”) and one discount security (the “Discount Security”). ";
        Findings(text + "Holders of the Notes and the Discount Securities may convert. ", "terms.undefined").ShouldBeEmpty();
        // What a definition describes in lower case defines nothing: "placement warrants" names the “June Placement Warrants”.
        Findings("Harbor Bio, Inc. (the “Company”) issued placement warrants (the “June Placement Warrants”). The Placement Warrants expire in 2030. ",
            "terms.undefined").ShouldHaveSingleItem().ShouldBe("Placement Warrants");
    }

    [Fact]
    public void Terms_coined_with_other_nouns_are_checked_but_not_possessives_or_public_programs()
    {
        const string text = "Harbor Bio, Inc. (the “Company”) may not issue shares above a 4.99% limit (the “Ownership Cap”). ";
        Findings(text + "Sales are subject to the Ownership Limitation. ", "terms.undefined").ShouldHaveSingleItem().ShouldBe("Ownership Limitation");
        Findings(text + "Proceeds go to the Selling Shareholders. ", "terms.undefined").ShouldHaveSingleItem().ShouldBe("Selling Shareholders");
        Findings(text + "The investor may resell its Conversion Shares. ", "terms.undefined").ShouldHaveSingleItem().ShouldBe("Conversion Shares");
        Findings(text + "We must meet the Minimum Stockholders’ Equity Requirement and the Medicare Drug Program rules. ", "terms.undefined").ShouldBeEmpty();
    }

    [Fact]
    public void A_term_noun_alone_is_not_named_by_a_party_or_an_acronym()
    {
        const string text = "Harbor Bio, Inc. (the “Company”) may sell shares to Lakeview Securities, LLC (“Lakeview”) at 96% of the volume weighted average price of the Securities (the “VWAP”). ";
        Findings(text, "terms.undefined").ShouldHaveSingleItem().ShouldBe("Securities");
        // An acronym of the words it follows does name them.
        Findings("Harbor Bio, Inc. (the “Company”) signed the Standby Equity Purchase Agreement (the “SEPA”). Sales under the Standby Equity Purchase Agreement begin in May. ",
            "terms.undefined").ShouldBeEmpty();
        // A longer phrase holding a word of a party's name still reads as a name.
        Findings("Harbor Bio, Inc. (the “Company”) sells through Lakeview Securities, LLC (“Lakeview”). The Lakeview Securities are registered. ", "terms.undefined").ShouldBeEmpty();
    }

    [Fact]
    public void A_program_capitalized_here_and_written_in_lower_case_there_is_an_undefined_term()
    {
        const string text = "Harbor Bio, Inc. (the “Company”) funds the Rebate Program with a grant. ";
        Findings(text, "terms.undefined").ShouldBeEmpty(); // could be the grant's own name
        Findings(text + "Our rebate program may end at any time. ", "terms.undefined").ShouldHaveSingleItem().ShouldBe("Rebate Program");
        // Its words apart in lower case are not the phrase written in lower case.
        Findings(text + "Our rebate is paid yearly under the program. ", "terms.undefined").ShouldBeEmpty();
        Findings(text + "Our program may end at any time. ", "terms.undefined").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Comoany", "Company", true)] // a key next to it
    [InlineData("Adress", "Address", true)] // a letter dropped
    [InlineData("Durnig", "During", true)] // neighbours swapped
    [InlineData("Boston", "Bouton", false)] // a distant key: another word
    [InlineData("Offices", "Officer", false)] // the last letter: another form
    [InlineData("Centre", "Center", false)] // another spelling
    [InlineData("Agent", "Agency", false)] // two edits
    public void A_typing_slip_is_one_edit_of_the_kind_fingers_make(string a, string b, bool slip) =>
        FilingLint.Facts.Extractors.Spelling.IsTypingSlip(a, b).ShouldBe(slip);

    [Fact]
    public void A_rare_capitalized_word_beside_the_words_of_a_frequent_one_is_misspelt()
    {
        const string usual = "Harbor Bio, Inc. (the “Company”) borrowed from Lantern Kestrel Limited. Lantern Kestrel Limited may call the loan. "
            + "The Company pays Lantern Kestrel Limited monthly. ";
        Findings(usual + "The loan from Lantern Kestrl Limited is secured. ", "text.misspelt-word").ShouldHaveSingleItem().ShouldBe("Kestrl");
        // One letter from a frequent name but in other company: another name.
        Findings(usual + "Our auditor, Kestrl LLP, reviewed it. ", "text.misspelt-word").ShouldBeEmpty();
        // Written in lower case too: a word of its own.
        Findings(usual + "The loan from Lantern Kestrl Limited is secured by the kestrl. ", "text.misspelt-word").ShouldBeEmpty();
        // As often as the name: a name of its own.
        Findings(usual + "Lantern Kestrl Limited and Lantern Kestrl Limited sign. ", "text.misspelt-word").ShouldBeEmpty();
    }

    [Fact]
    public void A_page_reference_is_held_to_the_table_of_contents_of_its_own_part()
    {
        const string contents = "<p>Harbor Bio, Inc.</p><table><tr><td><p>Summary</p></td><td><p>S-1</p></td></tr>"
            + "<tr><td><p>Risk Factors</p></td><td><p>S-4</p></td></tr><tr><td><p>Plan of Distribution</p></td><td><p>S-9</p></td></tr></table>";
        string Html(string body) => "<html><body>" + contents + body + "</body></html>";
        string[] Wrong(string body) => new FilingLint.Engine.LintEngine(Seed.BuiltInRules).Lint(Seed.Read(Html(body), "x.html"), null).Findings.Where(f => f.RuleId == "text.page-reference").Select(f => f.Message).ToArray();

        Wrong("<p>See “Risk Factors” beginning on page S-5 of this prospectus supplement.</p>").ShouldHaveSingleItem()
            .ShouldBe("“Risk Factors” is on page S-4 by the table of contents, not page S-5.");
        Wrong("<p>See “Risk Factors” beginning on page S-4 of this prospectus supplement.</p>").ShouldBeEmpty();
        // Another document's page, a page in the other numbering, titles given pages together: nothing to compare.
        Wrong("<p>See “Risk Factors” on page 22 of our Annual Report on Form 10-K.</p>").ShouldBeEmpty();
        Wrong("<p>See “Risk Factors” on page 5 of the accompanying prospectus.</p>").ShouldBeEmpty();
        Wrong("<p>See “Summary” and “Plan of Distribution” on pages S-1 and S-8.</p>").ShouldBeEmpty();
    }

    [Fact]
    public void Repetitions_are_found_but_not_what_english_repeats_on_purpose()
    {
        string[] Repeated(string text) => Seed.Facts(text).Repetitions.Select(r => r.Text).ToArray();
        Repeated("The company will pay the the fees of its counsel. ").ShouldBe(["the the"]);
        Repeated("THE TERMS OF OF THE NOTES. ").ShouldBe(["OF OF"]);
        Repeated("Holders may sell all of the units of the units at any time. ").ShouldBe(["of the units of the units"]);
        Repeated("Work in in vivo models, fees and fees and costs, from time to time to the extent, the buyer the buyer's rights. ").ShouldBeEmpty();
        // A heading's last word and the paragraph's first are layout; a comma between copies makes a list.
        Repeated("RISKS RELATED TO THE\n\nThe notes are unsecured. We sold the shares, the shares. ").ShouldBeEmpty();
    }

    [Fact]
    public void What_remains_of_a_debt_is_not_what_remains_of_the_offering()
    {
        static IEnumerable<decimal> Remaining(string text) =>
            Seed.Facts(text).Amounts.Where(a => a.Role == FilingLint.Facts.AmountRole.Remaining).Select(a => a.Value);
        Remaining("We repaid part of the note; the remaining outstanding principal amount of $1.8 million is due in 2027. ").ShouldBeEmpty();
        Remaining("Under the sales agreement we have sold $2.0 million of shares, and $8.0 million remains available for sale. ").ShouldBe([8_000_000m]);
        Remaining("Of the maximum aggregate offering price, the remaining amount available under the sales agreement is $8.0 million. ").ShouldBe([8_000_000m]);
    }

    [Fact]
    public void A_total_made_of_parts_is_checked_against_their_sum()
    {
        static IEnumerable<(decimal Total, bool Adds)> Sums(string text) => Seed.Facts(text).AmountSums.Select(s => (s.Total.Value, s.Adds));
        Sums("The cap rises to $25,000,000, which consists of $1,500,000 left under the old supplement and an additional $23,400,000. ")
            .ShouldBe([(25_000_000m, false)]);
        Sums("Gross proceeds were $12,000,500, consisting of $10,000,000 in cash and $2,000,500 in stablecoins. ").ShouldBe([(12_000_500m, true)]);
        // Figures in millions add within their rounding; limits and prices are not parts.
        Sums("We raised $4.3 million, consisting of $1.25 million from notes and $3.1 million from shares. ").ShouldBe([(4_300_000m, true)]);
        Sums("A $9 million facility, consisting of a $4 million term loan and revolving loans of up to $9 million, was signed. ").ShouldBeEmpty();
    }

    private static string SupplementWithBase(string toDate, string baseDate, string baseBody = "") =>
        "<html><body><p>Filed Pursuant to Rule 424(b)(5)<br>Registration No. 333-271234</p><p><b>PROSPECTUS SUPPLEMENT</b></p>"
        + $"<p>(To Prospectus dated {toDate})</p><p>Kestrel Labs, Inc. (the “Company”)</p><p>Neither the SEC nor any state securities commission has "
        + "approved or disapproved of these securities. Any representation to the contrary is a criminal offense.</p>"
        + "<p>The date of this prospectus supplement is October 2, 2026.</p><div style=\"page-break-before:always\"></div>"
        + "<p>Contents</p><p>Prospectus</p><p>About this Prospectus 1</p><div style=\"page-break-before:always\"></div>"
        + "<p>On September 30, 2026, the board approved the sale. Figures are given as of September 30, 2026.</p>"
        + "<div style=\"page-break-before:always\"></div><p><b>PROSPECTUS</b></p><p>Kestrel Labs, Inc.</p><p>Neither the SEC nor any state "
        + "securities commission has approved or disapproved of these securities.</p>"
        + $"<p>The date of this prospectus is {baseDate}.</p><div style=\"page-break-before:always\"></div>{baseBody}</body></html>";

    [Fact]
    public void A_reprinted_base_prospectus_is_a_document_of_its_own()
    {
        var facts = FilingLint.Facts.Extractors.FactExtraction.Extract(Seed.Read(SupplementWithBase("August 18, 2026", "August 9, 2026"), "supplement.htm"));
        facts.DocumentDate!.Text.ShouldBe("October 2, 2026");
        facts.BaseProspectus.ShouldNotBeNull().Date!.Text.ShouldBe("August 9, 2026");
        facts.ToProspectusDate!.Text.ShouldBe("August 18, 2026");
        // The base's date is never the supplement's, so the supplement's later dates are in order.
        var found = new FilingLint.Engine.LintEngine(Seed.BuiltInRules).Lint(Seed.Read(SupplementWithBase("August 18, 2026", "August 9, 2026"), "supplement.htm")).Findings;
        found.Where(f => f.RuleId.StartsWith("dates.", StringComparison.Ordinal)).Select(f => f.RuleId).ShouldBe(["dates.base-prospectus-date"]);
        new FilingLint.Engine.LintEngine(Seed.BuiltInRules).Lint(Seed.Read(SupplementWithBase("August 18, 2026", "August 18, 2026"), "supplement.htm"))
            .Findings.ShouldNotContain(f => f.RuleId.StartsWith("dates.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_base_prospectus_may_define_a_term_its_own_way()
    {
        string text = SupplementWithBase("August 18, 2026", "August 18, 2026", "<p>Osprey Capital Corp. (the “Company”) is a holding company.</p>");
        var company = FilingLint.Facts.Extractors.FactExtraction.Extract(Seed.Read(text, "supplement.htm")).DefinedTerms.Single(t => t.Term == "Company");
        company.Definitions.Count.ShouldBe(2);
        company.HasConflictingDefinitions.ShouldBeFalse();
        var inOnePart = FilingLint.Facts.Extractors.FactExtraction.Extract(Seed.Read(text[..text.IndexOf("<p><b>PROSPECTUS</b></p>", StringComparison.Ordinal)] + "<p>Osprey Capital Corp. (the “Company”) is a holding company.</p></body></html>", "supplement.htm"))
            .DefinedTerms.Single(t => t.Term == "Company");
        inOnePart.HasConflictingDefinitions.ShouldBeTrue();
    }

    [Fact]
    public void Left_over_words_are_two_determiners_or_two_verbs()
    {
        string[] LeftOver(string text) => Seed.Facts(text).LeftOverWords.Select(w => w.Text).ToArray();
        LeftOver("Holders of the our notes vote. Ms. Diaz is has been a director. The fund has will not sell. ").ShouldBe(["the our", "is has", "has will"]);
        // English: "has had", "is being", a class ("the A Notes"), the same word twice (a repetition), a heading's end.
        LeftOver("She has had the role; it is being sold; the A Notes rank first; the the board met.\n\nOUR\n\nthe plan. ").ShouldBeEmpty();
    }

    [Fact]
    public void A_glossary_term_may_have_spaces_inside_its_quotes()
    {
        Terms("“ Escrow Agreement ” means the escrow agreement among the Company and the agent. ").ShouldContain("Escrow Agreement");
    }

    [Fact]
    public void A_record_or_payment_date_after_the_document_is_not_out_of_order()
    {
        const string text = "The date of this prospectus is May 4, 2026.\n\nThe board declared a dividend payable to holders of record as of June 30, 2026.\n";
        Findings(text, "dates.chronology").ShouldBeEmpty();
        Findings(text.Replace("payable to holders of record as of", "and our cash was $3 million as of"), "dates.chronology").ShouldHaveSingleItem();
    }

    [Fact]
    public void A_price_left_blank_is_a_placeholder()
    {
        Findings("The warrants have an exercise price of $ per share.\n", "draft.placeholder", "424B5").ShouldHaveSingleItem();
        Findings("The warrants have an exercise price of $2.15 per share.\n", "draft.placeholder", "424B5").ShouldBeEmpty();
    }

    [Fact]
    public void An_agent_named_in_one_word_misspelt_once_is_found()
    {
        const string text = "Kestrel Labs, Inc. (the “Company”) has entered into a sales agreement with Wainwright & Co. (“Wainwright”) as sales agent. "
            + "Wainwright will use reasonable efforts to sell shares. Wainwright may be deemed an underwriter. Sales through Wainwrihgt are made at market prices.\n";
        Findings(text, "terms.agent-name").ShouldBe(["Wainwrihgt"]);
        // A plural is not a misspelling, nor is a word the filing also writes in lower case.
        Findings(text.Replace("Sales through Wainwrihgt", "Sales through Wainwrights"), "terms.agent-name").ShouldBeEmpty();
    }

    [Fact]
    public void A_company_name_has_one_spelling_but_its_legal_ending_is_the_writers_choice()
    {
        const string usual = "Birchfield Labs, Inc. (the “Company”) sells through Tarn Ridge Securities, LLC. Birchfield Labs, Inc. pays it 3%. ";
        Findings(usual + "Notices go to Birchfield, Labs Inc. in Denver.\n", "terms.company-name").ShouldBe(["Birchfield, Labs Inc."]);
        // The comma before the ending and the ending's periods are style, not spelling.
        Findings(usual + "Notices go to Birchfield Labs Inc. in Denver.\n", "terms.company-name").ShouldBeEmpty();
        Findings(usual + "Tarn Ridge Securities LLC may resign.\n", "terms.company-name").ShouldBeEmpty();
        // Words in another order are reported; one writing against one says nothing about which is right.
        const string order = "The notes are issued by Birchfield SPV 2, LLC. Birchfield SPV 2, LLC holds the tokens. ";
        Findings(order + "The lender is paid by Birchfield 2 SPV, LLC monthly.\n", "terms.company-name").ShouldBe(["Birchfield 2 SPV, LLC"]);
        Findings("The issuer is Birchfield SPV 2, LLC. The lender is paid by Birchfield 2 SPV, LLC monthly.\n", "terms.company-name").ShouldBeEmpty();
        // The date opening a sentence is not part of the name after it.
        Findings("On May 2, 2026, Birchfield Labs, Inc. signed. Birchfield Labs, Inc. closed. Birchfield Labs, Inc. paid.\n", "terms.company-name").ShouldBeEmpty();
    }

    [Fact]
    public void A_place_of_several_words_is_spelt_the_same_in_every_filing()
    {
        Findings("Our lender is Tarn Hong King Limited, a company we met in 2025.\n", "text.misspelt-word").ShouldBe(["Hong King"]);
        Findings("Its office is in Road Town, Tortola, British Virgin Island.\n", "text.misspelt-word").ShouldBe(["British Virgin Island"]);
        // An adjective of the place, and the place itself, are not slips.
        Findings("Our South African subsidiary sells in Hong Kong, the Cayman Islands and New York.\n", "text.misspelt-word").ShouldBeEmpty();
    }

    [Fact]
    public void A_form_8k_item_is_reported_under_its_number_and_caption()
    {
        static List<FilingLint.Facts.Form8KItem> Items(string body) => Seed.Facts("FORM 8-K\n\nCURRENT REPORT\n\n" + body).Form8KItems.ToList();
        var items = Items("Item 1.01 Entry into a Material Definitive Agreement.\n\nOn May 2 the Company signed a loan agreement.\n\n"
            + "Item 8.01 Other Events.\n\nItem 9.01 Financial Statements and Exhibits.\n\n(d) Exhibits.\n\nSIGNATURES\n");
        items.Select(i => (i.Number, i.IsEmpty, i.HasOfficialTitle)).ShouldBe([("1.01", false, true), ("8.01", true, true), ("9.01", false, true)]);
        // The caption in a cell of its own beside “Item 7.01”, and a caption with a word changed.
        items = Items("Item 7.01\n\nRegulation FD Disclosure\n\nThe Company furnishes its press release.\n\n"
            + "Item 3.01 Notice of Delisting of Failure to Satisfy a Continued Listing Rule or Standard; Transfer of Listing.\n\nOn May 3 Nasdaq wrote.\n");
        items.Select(i => (i.Number, i.IsEmpty, i.HasOfficialTitle)).ShouldBe([("7.01", false, true), ("3.01", false, false)]);
        // A numbered list of an agreement's sections is not an item.
        Items("1.01 Definitions. The terms below have these meanings.\n").ShouldBeEmpty();
    }

    [Fact]
    public void A_periodic_report_is_filed_after_its_period()
    {
        const string list = "We incorporate our Quarterly Reports on Form 10-Q for the quarters ended March 31, 2026 and June 30, 2026, filed with the SEC on May 8, 2026 and June 30, 2026.\n";
        Findings(list, "dates.incorporated-report").ShouldBe(["June 30, 2026"]);
        Findings(list.Replace("and June 30, 2026.", "and August 7, 2026."), "dates.incorporated-report").ShouldBeEmpty();
        // One period filed twice (a report and its amendment) pairs nothing.
        Findings("We incorporate our Annual Report on Form 10-K for the year ended December 31, 2025, filed on March 3, 2026 and December 1, 2025.\n",
            "dates.incorporated-report").ShouldBeEmpty();
    }

    [Fact]
    public void An_agreement_entered_into_by_name_is_identified_there_only_for_later_uses()
    {
        const string entered = "On March 4, 2026, the Company entered into the Funding Agreement with Larch Capital LLC.\n\n";
        const string use = "Shares sold under the Funding Agreement are registered for resale.\n\n";
        // Identified in place by its date and parties, then used.
        Findings(entered + use, "terms.undefined").ShouldBeEmpty();
        // Used before anything says what it is.
        Findings(use + entered, "terms.undefined").ShouldBe(["Funding Agreement"]);
        // “a Funding Agreement” gives the document's title, which serves every use.
        Findings(use + entered.Replace("into the Funding", "into a Funding"), "terms.undefined").ShouldBeEmpty();
    }

    [Fact]
    public void A_set_phrase_slipped_into_other_words_is_a_misspelling()
    {
        Findings("Holders may resell in black trades or through block positioners.\n", "text.misspelt-word").ShouldBe(["black trades"]);
        Findings("Each unit holds one share of lass B Ordinary Shares.\n", "text.misspelt-word").ShouldBe(["lass B"]);
        Findings("Wren Labs LLC (n./k/a Wren Bio LLC) is the lender; Oak LLC (f/k/a Elm LLC) and Ash LLC (f.k.a. Fir LLC) are not.\n", "text.misspelt-word")
            .ShouldBe(["n./k/a"]);
        var dropped = Seed.Facts("We granted 5,000 shares of restricted that vest in 2027; he is the beneficial of them.\n").Misspellings;
        dropped.Select(m => (m.Text, m.Expected, m.DroppedWord)).ShouldBe(
            [("shares of restricted", "shares of restricted stock", true), ("the beneficial", "the beneficial owner", true)], ignoreOrder: true);
        Findings("We granted shares of restricted stock under the plan to the beneficial owner of the trust.\n", "text.misspelt-word").ShouldBeEmpty();
    }

    [Fact]
    public void A_person_called_by_honorific_is_the_one_the_filing_names_in_full()
    {
        const string named = "Shares held by Tobias Okonkwo-Reyes and by Okonkwo-Reyes Capital LLC. Okonkwo-Reyes Capital LLC is managed by its founder. ";
        Findings(named + "Mr. Okonkow-Reyes may be deemed to own them.\n", "text.misspelt-word").ShouldBe(["Okonkow"]);
        Findings(named + "Mr. Okonkwo-Reyes may be deemed to own them.\n", "text.misspelt-word").ShouldBeEmpty();
        // A surname written in full elsewhere is another person, not a slip.
        Findings(named + "Dana Okonkow, a director, and Mr. Okonkow hold nothing.\n", "text.misspelt-word").ShouldBeEmpty();
    }

    [Fact]
    public void A_defined_agreement_named_by_another_title_with_its_own_date_is_misnamed()
    {
        const string defined = "On April 9, 2026, we entered into a Securities Purchase Agreement, dated as of April 8, 2026 (the “2026 Purchase Agreement”), "
            + "with certain investors. The 2026 Purchase Agreement requires a resale registration.\n\n";
        Seed.Facts(defined).Agreements.ShouldHaveSingleItem().Date.ShouldBe(new DateOnly(2026, 4, 8));
        Findings(defined + "Under the 2026 Securities Purchase Agreement, dated April 8, 2026, the investors may not sell short.\n", "terms.inconsistent-agreement-name")
            .ShouldBe(["2026 Securities Purchase Agreement"]);
        // Another agreement of the kind, of another date, is named by its title.
        Findings(defined + "Under the 2024 Securities Purchase Agreement, dated May 1, 2024, the investors hold warrants.\n", "terms.inconsistent-agreement-name")
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_set_of_agreements_defined_in_the_plural_is_an_agreement_too()
    {
        const string defined = "We entered into indemnification agreements with each of our directors (the “Indemnification Agreements”). ";
        Findings(defined + "The Officer Indemnification Agreements are filed as exhibits.\n", "terms.inconsistent-agreement-name")
            .ShouldBe(["Officer Indemnification Agreements"]);
        Findings(defined + "The Indemnification Agreements are filed as exhibits.\n", "terms.inconsistent-agreement-name").ShouldBeEmpty();
        // Reported once: not also as an undefined term.
        Findings(defined + "The Officer Indemnification Agreements are filed as exhibits.\n", "terms.undefined").ShouldBeEmpty();
    }

    [Fact]
    public void A_definition_followed_by_its_date_dates_the_agreement()
    {
        const string defined = "We entered into a services agreement with Alder LLC (the “Services Agreement”), dated March 2, 2026.\n\n";
        Findings(defined + "Under that certain Services Agreement, dated March 2, 2026, Alder LLC is paid monthly.\n", "dates.inconsistent-reference").ShouldBeEmpty();
        Findings(defined + "Under that certain Services Agreement, dated March 9, 2026, Alder LLC is paid monthly.\n", "dates.inconsistent-reference")
            .ShouldBe(["March 9, 2026"]);
    }

    private static DateOnly? AgreementDate(string text, string term) => Seed.Facts(text).Agreements.Single(a => a.Term == term).Date;

    [Fact]
    public void An_agreement_entered_into_on_a_day_is_not_dated_by_another_agreement_of_its_title()
    {
        // The sentence that defines the agreement opens with its day, however long the parties' descriptions run.
        const string defined = "On March 3, 2026, Larch Holdings, Inc., a Nevada corporation (the “Company”), acting through its subsidiary Larch Treasury LLC, "
            + "a Delaware limited liability company (the “Borrower”), entered into a Master Loan Agreement with Quarry Lending Ltd. (“Quarry”) "
            + "(the “Quarry Loan Agreement”). The Quarry Loan Agreement is secured by bitcoin.\n\n";
        const string other = "The Borrower will repay the facility it drew under the Master Loan Agreement, dated January 12, 2026, with Fenwick Credit Pte. Ltd.\n\n";
        AgreementDate(defined + other, "Quarry Loan Agreement").ShouldBe(new DateOnly(2026, 3, 3));
        // Without a day of its own, a reference to its title with its own lender dates it.
        const string undated = "The Borrower entered into a Master Loan Agreement with Quarry Lending Ltd. (“Quarry”) (the “Quarry Loan Agreement”). ";
        AgreementDate(undated + "Exhibit 10.1 is the Master Loan Agreement, dated March 3, 2026, with Quarry Lending Ltd.\n", "Quarry Loan Agreement")
            .ShouldBe(new DateOnly(2026, 3, 3));
        // With another lender, the title's date is that other agreement's.
        AgreementDate(undated + other, "Quarry Loan Agreement").ShouldBeNull();
    }

    [Fact]
    public void Two_agreements_of_one_title_each_keep_the_day_of_their_own_definition()
    {
        const string text = "On August 4, 2026, the Company entered into a Securities Purchase Agreement (the “Autumn Purchase Agreement”) with one fund.\n\n"
            + "On April 20, 2026, the Company entered into a Securities Purchase Agreement (the “Spring Purchase Agreement”) with another fund.\n";
        AgreementDate(text, "Autumn Purchase Agreement").ShouldBe(new DateOnly(2026, 8, 4));
        AgreementDate(text, "Spring Purchase Agreement").ShouldBe(new DateOnly(2026, 4, 20));
    }

    [Fact]
    public void The_day_between_an_agreement_and_its_definition_dates_it()
    {
        const string text = "We register the shares under the Registration Rights Agreement we entered into with Orchard Fund on May 14, 2026 "
            + "(the “Registration Rights Agreement”) so that the fund may resell them.\n\n"
            + "10.4 Registration Rights Agreement, dated February 2, 2025, between the Company and the purchasers of its notes.\n";
        AgreementDate(text, "Registration Rights Agreement").ShouldBe(new DateOnly(2026, 5, 14));
        // An agreement defined together with its amendment keeps the date of the agreement its term names.
        AgreementDate("Under the Warrant Agreement, dated May 1, 2020, as amended by the Assignment and Amendment Agreement, dated June 2, 2021 "
            + "(together, the “Warrant Agreement”), a holder may exercise whole warrants only.\n", "Warrant Agreement").ShouldBe(new DateOnly(2020, 5, 1));
    }

    [Fact]
    public void A_cross_reference_names_a_title_the_filing_shows()
    {
        const string body = "We sell notes. See the section entitled “Description of the Notes.”\n\nDESCRIPTION OF NOTES\n\n"
            + "Redemption at Our Option. We may redeem the notes at any time.\n\n";
        Findings(body + "For redemption, see “Description of Notes—Redemption at Our Option” under the section titled “Description of Notes—Redemption at Our Option.”\n",
            "text.section-reference").ShouldBeEmpty();
        Findings(body + "For taxes, see the section titled “Material Tax Considerations.”\n", "text.section-reference").ShouldBe(["Material Tax Considerations"]);
        Findings(body + "For taxes, see the section titled “Material Tax Considerations” in our Annual Report on Form 10-K.\n", "text.section-reference").ShouldBeEmpty();
        Seed.Facts(body + "See the section titled “Redemption at Their Option.”\n").SectionReferences.Single(r => !r.Found).Nearest
            .ShouldBe("Redemption at Our Option");
    }

    [Fact]
    public void A_company_name_keeps_its_company_before_the_legal_ending()
    {
        const string usual = "Our transfer agent is Pinecrest Registrar Company, Inc. Pinecrest Registrar Company, Inc. also acts as warrant agent. ";
        Findings(usual + "Warrants are countersigned by Pinecrest Registrar, Inc. on issue.\n", "terms.company-name").ShouldBe(["Pinecrest Registrar, Inc."]);
        // “Company” elsewhere in a name is not the word dropped before its ending.
        const string issuer = "Fernhill Tech Inc. sells. Fernhill Tech Inc. buys. Fernhill Tech Inc. holds. ";
        Findings(issuer + "Shares of the Company, Fernhill Tech Inc. are listed.\n", "terms.company-name").ShouldBeEmpty();
    }

    [Fact]
    public void A_supplement_names_its_base_prospectus_with_or_without_the_article()
    {
        Seed.Facts("PROSPECTUS SUPPLEMENT\n\n(To the Prospectus dated March 9, 2026)\n\nWe sell shares.\n").ToProspectusDate!.Text.ShouldBe("March 9, 2026");
        Seed.Facts("PROSPECTUS SUPPLEMENT\n\n(To Base Prospectus dated March 9, 2026)\n\nWe sell shares.\n").ToProspectusDate!.Text.ShouldBe("March 9, 2026");
        Seed.Facts("PROSPECTUS SUPPLEMENT\n\nWe sell shares under the prospectus dated March 9, 2026.\n").ToProspectusDate.ShouldBeNull();
    }
}
