using Shouldly;
using Xunit;

namespace FilingLint.Tests.Facts;

/// <summary>
/// Which agreement a capitalized mention names: only a mention that clearly means the defined agreement under
/// another name gets a suggestion. Each case in our own words, beside a variant that must still be flagged.
/// </summary>
public class AgreementMentionTests
{
    private const string Definition =
        "On March 2, 2026, Northwind Bio, Inc. entered into an Equity Distribution Agreement (the “Distribution Agreement”) with Harbor Securities LLC. ";

    private static string? Suggested(string text, string mention) =>
        Seed.Facts(text).AgreementMentions.Where(m => m.Name == mention).Select(m => m.SuggestedTerm).FirstOrDefault();

    private static int Flagged(string text) => Seed.Facts(text).AgreementMentions.Count(m => m.SuggestedTerm != null);

    [Fact]
    public void The_other_name_of_the_defined_agreement_is_flagged()
    {
        Suggested(Definition + "We may sell shares from time to time under the Sales Agreement through the agent.", "Sales Agreement")
            .ShouldBe("Distribution Agreement");
    }

    [Fact]
    public void An_indefinite_article_names_some_other_agreement()
    {
        Flagged(Definition + "In 2024 we entered into a Sales Agreement with another agent, which we terminated.").ShouldBe(0);
        Flagged(Definition + "We may enter into another Sales Agreement in the future.").ShouldBe(0);
    }

    [Fact]
    public void A_different_date_or_counterparty_names_another_agreement()
    {
        Flagged(Definition + "Our earlier Sales Agreement, dated May 4, 2023, was terminated.").ShouldBe(0);
        Flagged(Definition + "The Sales Agreement with Bayside Capital LLC was terminated in 2025.").ShouldBe(0);
        // The defined agreement's own counterparty does not set it apart.
        Flagged(Definition + "Sales under the Sales Agreement with Harbor Securities LLC may be made at market prices.").ShouldBe(1);
    }

    [Fact]
    public void An_agreement_of_another_kind_is_not_misnamed()
    {
        // "Equity" appears in both, but the word nearest "Agreement" says what kind each is.
        Flagged(Definition + "We also sell shares to a fund under our Equity Purchase Agreement with it.").ShouldBe(0);
    }

    [Fact]
    public void A_word_of_its_own_sets_an_agreement_of_the_same_kind_apart()
    {
        const string purchase = "The Company entered into a securities purchase agreement (the “Cash Purchase Agreement”) with certain investors. ";
        Flagged(purchase + "The shares issued under the Token Purchase Agreement are restricted.").ShouldBe(0);
        // The term with more words of its own name still means it.
        Suggested(purchase + "The shares issued under the Securities Purchase Agreement are restricted.", "Securities Purchase Agreement")
            .ShouldBe("Cash Purchase Agreement");
    }

    [Fact]
    public void The_end_of_a_longer_name_is_not_a_mention_of_its_own()
    {
        const string text = "The Company entered into a Token Purchase and Sale Agreement (the “Token Agreement”) with the foundation. "
            + "Under the Token Purchase and Sale Agreement, the foundation delivers tokens monthly. "
            + "We also have an At-the-Market Sales Agreement (the “ATM Agreement”) with Harbor Securities LLC.";
        Seed.Facts(text).AgreementMentions.ShouldNotContain(m => m.Name == "Sale Agreement");
        Flagged(text).ShouldBe(0);
    }

    [Fact]
    public void Headings_exhibit_titles_and_forms_are_titles_not_uses()
    {
        Flagged(Definition + "\n\nSales Agreement\n\nThe agent receives a commission of 3.0%.").ShouldBe(0);
        Flagged(Definition + "Exhibit 10.1 is the Form of Sales Agreement, filed with the report.").ShouldBe(0);
        Flagged(Definition + "See “Plan of Distribution—Sales Agreement” for the terms.").ShouldBe(0);
    }

    [Fact]
    public void A_sentence_end_is_not_part_of_a_name()
    {
        const string text = "The Company entered into a token sale agreement (the “Sale Agreement”) with the foundation. "
            + "The limit applies to the Company. The Token Sale Agreement sets a price.";
        Seed.Facts(text).AgreementMentions.ShouldNotContain(m => m.Name.Contains("Company.", StringComparison.Ordinal));
    }

    [Fact]
    public void Of_several_agreements_of_a_kind_the_one_whose_words_a_mention_shortens()
    {
        const string text = "In 2023 we entered into a Securities Purchase Agreement (the “2023 Securities Purchase Agreement”) with a fund. "
            + "In 2025 we entered into a securities purchase agreement (the “2025 Purchase Agreement”) with investors. "
            + "The 2023 Purchase Agreement required a resale registration statement.";
        Suggested(text, "2023 Purchase Agreement").ShouldBe("2023 Securities Purchase Agreement");
        // Only its kind: either could be meant.
        Flagged(text.Replace("The 2023 Purchase Agreement", "The Purchase Agreement")).ShouldBe(0);
    }

    [Fact]
    public void An_exhibit_list_entry_is_a_title()
    {
        Flagged(Definition + "\n\n1.1\n\nSales Agreement with Harbor Securities LLC.\n\n5.1\n\nOpinion of counsel.\n").ShouldBe(0);
        Flagged(Definition + "\n\nSales are made under the Sales Agreement with Harbor Securities LLC.\n").ShouldBe(1);
    }

    [Fact]
    public void A_kind_word_written_with_another_ending_is_the_same_agreement()
    {
        const string advisor = "On May 5, 2026, Northwind Bio, Inc. entered into a strategic advisor agreement (the “Strategic Advisor Agreement”) with Gull Partners LLC. ";
        Suggested(advisor + "Fees under the Strategic Advisory Agreement are paid in shares.", "Strategic Advisory Agreement").ShouldBe("Strategic Advisor Agreement");
        const string underwriting = "On May 5, 2026, Northwind Bio, Inc. entered into an underwriting agreement (the “Underwriting Agreement”) with Gull Capital LLC. ";
        Suggested(underwriting + "The Underwriter Agreement contains customary indemnities.", "Underwriter Agreement").ShouldBe("Underwriting Agreement");
        // Another word of its own still names another agreement of the kind.
        Flagged(advisor + "The Scientific Advisory Agreement with Dr. Lee ends in 2027.").ShouldBe(0);
    }
}
