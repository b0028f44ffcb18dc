using FilingLint.Engine;
using FilingLint.Findings;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Rules;

/// <summary>Each built-in rule fires on a realistic variant of the seed and is silent on the corrected seed.</summary>
public class BuiltInRuleTests
{
    private static IReadOnlyList<Finding> Findings(string text, string ruleId, string? form = null) =>
        Seed.Lint(text, form: form).Findings.Where(f => f.RuleId == ruleId).ToList();

    private static IEnumerable<Finding> Serious(FileResult r) => r.Findings.Where(f => f.Severity >= Severity.Warning);

    [Fact]
    public void Seed_reports_exactly_the_misnamed_agreement_and_the_missing_424b_header()
    {
        var result = Seed.Lint(Seed.Text);
        Serious(result).Select(f => f.RuleId).ShouldBe(new[] { "legend.rule-424b-header", "terms.inconsistent-agreement-name" });
        var misnamed = result.Findings.Single(f => f.RuleId == "terms.inconsistent-agreement-name");
        misnamed.Location.Line.ShouldBe(11);
        misnamed.Excerpt.ShouldBe("Sales Agreement");
        misnamed.Suggestion.ShouldBe("Equity Distribution Agreement");
        misnamed.Severity.ShouldBe(Severity.Error);
    }

    [Fact]
    public void Corrected_seed_has_no_error_or_warning()
    {
        Serious(Seed.Lint(Seed.Corrected)).ShouldBeEmpty();
        Seed.Lint(Seed.Corrected).Findings.ShouldNotContain(f => f.RuleId == WellKnownRules.RuleError);
    }

    [Fact]
    public void Legend_missing_fires_and_usual_variants_pass()
    {
        string legend = Seed.Text.Split("\n").Single(l => l.Contains("criminal offense"));
        Findings(Seed.Corrected.ReplaceOnce(legend, ""), "legend.sec-no-approval").ShouldHaveSingleItem().Severity.ShouldBe(Severity.Error);

        string sec = "Neither the SEC nor any state securities commission has approved or disapproved of these securities or determined if this prospectus supplement or the accompanying prospectus is truthful or complete. Any representation to the contrary is a criminal offense.";
        Findings(Seed.Corrected.ReplaceOnce(legend, sec), "legend.sec-no-approval").ShouldBeEmpty();
        string none = "None of the Securities and Exchange Commission, any state securities commission or any other regulatory body has \"approved\n or disapproved\" of these securities. Any representation to the contrary is a criminal\noffense.";
        Findings(Seed.Corrected.ReplaceOnce(legend, none), "legend.sec-no-approval").ShouldBeEmpty();
    }

    [Fact]
    public void Rule_424b_header_needs_a_valid_paragraph_and_a_registration_number()
    {
        Findings(Seed.Corrected, "legend.rule-424b-header").ShouldBeEmpty();
        Findings(Seed.Corrected.ReplaceOnce("424(b)(5)", "424(b)(6)"), "legend.rule-424b-header").ShouldHaveSingleItem();
        Findings(Seed.Corrected.ReplaceOnce("Registration No. 333-248112", ""), "legend.rule-424b-header")
            .ShouldHaveSingleItem().Message.ShouldContain("registration number");
    }

    [Fact]
    public void Legend_rules_do_not_apply_to_other_documents()
    {
        var result = Seed.Lint(Seed.Text, form: "8-K");
        result.Findings.ShouldNotContain(f => f.RuleId.StartsWith("legend.", StringComparison.Ordinal));
        result.Rules.Single(r => r.RuleId == "legend.rule-424b-header").Status.ShouldBe(RuleStatus.Skipped);
    }

    [Fact]
    public void Inconsistent_agreement_name_ignores_a_different_kind_of_agreement()
    {
        Findings(Seed.Corrected, "terms.inconsistent-agreement-name").ShouldBeEmpty();
        string underwriting = Seed.Corrected.ReplaceOnce("remains in full force and effect.", "remains in full force and effect. The Underwriting Agreement for our 2019 offering has expired.");
        Findings(underwriting, "terms.inconsistent-agreement-name").ShouldBeEmpty();
        string distribution = Seed.Corrected.ReplaceOnce("In accordance with the terms of the Equity Distribution Agreement", "In accordance with the terms of the Distribution Agreement");
        var f = Findings(distribution, "terms.inconsistent-agreement-name").ShouldHaveSingleItem();
        f.Excerpt.ShouldBe("Distribution Agreement");
        f.Suggestion.ShouldBe("Equity Distribution Agreement");
    }

    [Fact]
    public void Undefined_term_fires_once_and_not_when_defined()
    {
        string undefined = Seed.Corrected.ReplaceOnce("As of the date of this Supplement, we have sold", "As of the date of this Supplement, we have sold the Shares, being")
            .ReplaceOnce("We will not make any sales", "The Shares are listed. We will not make any sales");
        var finding = Findings(undefined, "terms.undefined").ShouldHaveSingleItem();
        finding.Excerpt.ShouldBe("Shares");
        finding.Severity.ShouldBe(Severity.Warning);
        string defined = undefined.ReplaceOnce("shares of our common stock offered", "shares of our common stock (the “Shares”) offered");
        Findings(defined, "terms.undefined").ShouldBeEmpty();
    }

    [Fact]
    public void Redefined_term_fires_on_a_different_meaning_only()
    {
        string twoAgents = Seed.Corrected.ReplaceOnce("(“Oppenheimer”)", "(“Agent”)")
            .ReplaceOnce("through Oppenheimer", "through Agent")
            .ReplaceOnce("remains in full force and effect.", "remains in full force and effect. We may also sell through B. Riley Securities, Inc. (“Agent”).");
        var f = Findings(twoAgents, "terms.redefined").ShouldHaveSingleItem();
        f.Message.ShouldContain("B. Riley Securities, Inc.");
        f.Location.Line.ShouldBe(16);
        string sameMeaning = Seed.Corrected.ReplaceOnce("remains in full force and effect.", "remains in full force and effect with Oppenheimer & Co. Inc. (“Oppenheimer”).");
        Findings(sameMeaning, "terms.redefined").ShouldBeEmpty();
    }

    [Fact]
    public void Unused_term_is_reported_as_info()
    {
        Findings(Seed.Corrected, "terms.unused").ShouldBeEmpty();
        string unused = Seed.Corrected.ReplaceOnce("with Oppenheimer & Co. Inc.", "with Oppenheimer & Co. Inc. (“Oppenheimer”) and Cowen and Company, LLC (“Cowen”)")
            .ReplaceOnce("(“Oppenheimer”) relating", "relating");
        var f = Findings(unused, "terms.unused").ShouldHaveSingleItem();
        f.Severity.ShouldBe(Severity.Info);
        f.Message.ShouldContain("Cowen");
    }

    [Fact]
    public void Same_document_with_two_dates()
    {
        Findings(Seed.Corrected, "dates.inconsistent-reference").ShouldBeEmpty();
        string twoDates = Seed.Corrected.ReplaceOnce("offered by the Prospectus Supplement dated August 20, 2020", "offered by the Prospectus Supplement dated August 21, 2020");
        var f = Findings(twoDates, "dates.inconsistent-reference").ShouldHaveSingleItem();
        f.Excerpt.ShouldBe("August 21, 2020");
        f.Suggestion.ShouldBe("August 20, 2020");
        f.Location.Line.ShouldBe(14);
    }

    [Fact]
    public void Dates_after_the_document_date()
    {
        Findings(Seed.Corrected, "dates.chronology").ShouldBeEmpty();
        string asOf = Seed.Corrected.ReplaceOnce("As of the date of this Supplement", "As of November 30, 2022");
        Findings(asOf, "dates.chronology").ShouldHaveSingleItem().Message.ShouldContain("as of November 30, 2022");
        Findings(Seed.Corrected.ReplaceOnce("As of the date of this Supplement", "As of October 19, 2022"), "dates.chronology").ShouldBeEmpty();
        string agreement = Seed.Corrected.ReplaceOnce("Agreement, dated August 11, 2020", "Agreement, dated December 1, 2022");
        Findings(agreement, "dates.chronology").ShouldHaveSingleItem().Excerpt.ShouldBe("December 1, 2022");
    }

    [Fact]
    public void Impossible_dates_and_wrong_weekdays()
    {
        Findings(Seed.Corrected, "dates.invalid").ShouldBeEmpty();
        Findings(Seed.Corrected.ReplaceOnce("effective on October 20, 2022", "effective on September 31, 2022"), "dates.invalid")
            .ShouldHaveSingleItem().Message.ShouldBe("September 31, 2022 is not a real date.");
        Findings(Seed.Corrected.ReplaceOnce("effective on October 20, 2022", "effective on Tuesday, October 20, 2022"), "dates.invalid")
            .ShouldHaveSingleItem().Message.ShouldContain("is a Thursday, not a Tuesday");
        Findings(Seed.Corrected.ReplaceOnce("effective on October 20, 2022", "effective on Thursday, October 20, 2022"), "dates.invalid").ShouldBeEmpty();
    }

    [Fact]
    public void Proceeds_over_the_cap()
    {
        Findings(Seed.Corrected, "offering.proceeds-over-cap").ShouldBeEmpty();
        var f = Findings(Seed.Corrected.ReplaceOnce("\\$69,000", "\\$14,569,000"), "offering.proceeds-over-cap").ShouldHaveSingleItem();
        f.Message.ShouldBe("Gross proceeds sold ($14,569,000) exceed the Equity Distribution Agreement cap ($14,500,000).");
        f.Excerpt.ShouldBe("$14,569,000");
    }
}
