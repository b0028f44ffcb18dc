using FilingLint.Facts;
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
}
