using FilingLint.Facts;
using FilingLint.Facts.Extractors;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Facts;

public class DateParsingTests
{
    [Theory]
    [InlineData("We signed it on August 11, 2020.", 2020, 8, 11)]
    [InlineData("We signed it on Aug. 11, 2020.", 2020, 8, 11)]
    [InlineData("We signed it on 11 August 2020.", 2020, 8, 11)]
    [InlineData("We signed it on Sept. 3, 2021.", 2021, 9, 3)]
    [InlineData("We signed it on Tuesday, August 11, 2020.", 2020, 8, 11)]
    public void Usual_forms_are_parsed(string text, int y, int m, int d)
    {
        var date = Seed.Facts(text).Dates.ShouldHaveSingleItem();
        date.Value.ShouldBe(new DateOnly(y, m, d));
        date.WeekdayMatches.ShouldBeTrue();
    }

    [Fact]
    public void An_impossible_date_is_kept_as_an_invalid_fact()
    {
        var date = Seed.Facts("It ended on September 31, 2022.").Dates.ShouldHaveSingleItem();
        date.IsValid.ShouldBeFalse();
        date.Text.ShouldBe("September 31, 2022");
    }

    [Fact]
    public void A_wrong_weekday_is_noticed()
    {
        var date = Seed.Facts("It ended on Monday, October 20, 2022.").Dates.ShouldHaveSingleItem();
        date.WeekdayMatches.ShouldBeFalse();
        date.ActualWeekday.ShouldBe("Thursday");
    }

    [Theory]
    [InlineData("The option lapses on Decmber 1, 2027.", 2027, 12, 1, "December 1, 2027")]
    [InlineData("The option lapses on Sepetmber 1, 2027.", 2027, 9, 1, "September 1, 2027")]
    [InlineData("The option lapses on Juen 1, 2027.", 2027, 6, 1, "June 1, 2027")]
    [InlineData("The option lapses on Aprl 1, 2027.", 2027, 4, 1, "April 1, 2027")]
    [InlineData("The option lapses on OCOTBER 1, 2027.", 2027, 10, 1, "OCTOBER 1, 2027")]
    [InlineData("The option lapses on April 1 2027 at noon.", 2027, 4, 1, "April 1, 2027")]
    [InlineData("The option lapses on April 1,2027 at noon.", 2027, 4, 1, "April 1, 2027")]
    [InlineData("The option lapses on Friday, April 2 2027.", 2027, 4, 2, "Friday, April 2, 2027")]
    public void A_mistyped_date_is_still_a_date_and_says_how_to_write_it(string text, int y, int m, int d, string correct)
    {
        var date = Seed.Facts(text).Dates.ShouldHaveSingleItem();
        date.Value.ShouldBe(new DateOnly(y, m, d));
        date.Slip.ShouldNotBeNull();
        date.Correct.ShouldBe(correct);
    }

    [Theory]
    [InlineData("The option lapses on April 1, 2027.")]
    [InlineData("The option lapses on 1 April 2027.")]
    [InlineData("The option lapses on Sept. 1, 2027.")]
    public void A_well_written_date_has_no_slip(string text) =>
        Seed.Facts(text).Dates.ShouldHaveSingleItem().Slip.ShouldBeNull();

    [Theory]
    // Words one edit from a month but without its first letter, and words two edits away, are not months.
    [InlineData("Rule 10, 2027 Notes and Unit 3, 2026 Warrants are outstanding.")]
    [InlineData("See Schedule 4, 2025 Plan, and Mayor 5, 2024 of the board.")]
    [InlineData("Holders of Series 7, 2029 Notes voted.")]
    public void Numbered_names_are_not_misspelt_dates(string text) =>
        Seed.Facts(text).Dates.ShouldBeEmpty();

    [Fact]
    public void A_table_heading_split_over_two_cells_is_layout_not_a_missing_comma()
    {
        const string table = "<html><body><table><tr><td>Six months ended June 30</td></tr><tr><td>2025</td></tr></table></body></html>";
        var date = FactExtraction.Extract(Seed.Read(table, "filing.htm")).Dates.ShouldHaveSingleItem();
        date.Slip.ShouldBeNull();
        // Within one paragraph the same words are prose, and the comma is missing.
        Seed.Facts("The six months ended June 30\n2025 were our best.\n").Dates.ShouldHaveSingleItem().Slip.ShouldNotBeNull();
    }
}
