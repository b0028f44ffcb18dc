using FilingLint.Facts;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Facts;

public class MarketCalendarTests
{
    [Theory]
    [InlineData(2025, 1, 1, "New Year's Day")]
    [InlineData(2025, 1, 9, "a national day of mourning for President Carter")]
    [InlineData(2025, 1, 20, "Martin Luther King, Jr. Day")]
    [InlineData(2025, 2, 17, "Washington's Birthday")]
    [InlineData(2025, 4, 18, "Good Friday")]
    [InlineData(2025, 5, 26, "Memorial Day")]
    [InlineData(2025, 6, 19, "Juneteenth")]
    [InlineData(2022, 6, 20, "Juneteenth")] // a Sunday holiday is observed on the Monday
    [InlineData(2026, 7, 3, "Independence Day")] // a Saturday holiday on the Friday before
    [InlineData(2025, 9, 1, "Labor Day")]
    [InlineData(2025, 11, 27, "Thanksgiving Day")]
    [InlineData(2022, 12, 26, "Christmas Day")]
    [InlineData(2023, 1, 2, "New Year's Day")]
    [InlineData(2025, 11, 29, "a Saturday")]
    public void Exchange_holidays_and_weekends_are_closed(int y, int m, int d, string why) =>
        MarketCalendar.ClosedBecause(new DateOnly(y, m, d)).ShouldBe(why);

    [Theory]
    [InlineData(2021, 12, 31)] // New Year's Day on a Saturday is not observed in the old year
    [InlineData(2021, 6, 18)] // Juneteenth became an exchange holiday in 2022
    [InlineData(2025, 11, 28)] // the day after Thanksgiving trades (a half day)
    [InlineData(2025, 12, 24)]
    [InlineData(2026, 4, 6)] // Easter Monday trades in New York
    public void Trading_days_are_open(int y, int m, int d) =>
        MarketCalendar.ClosedBecause(new DateOnly(y, m, d)).ShouldBeNull();

    [Fact]
    public void A_price_date_takes_the_market_price_role_either_way_round()
    {
        var after = Seed.Facts("On June 2, 2026, the last reported sale price of our common stock was $4.10 per share.").Dates.ShouldHaveSingleItem();
        after.Role.ShouldBe(DateRole.MarketPrice);
        var before = Seed.Facts("The closing price of our common stock was $4.10 per share on June 2, 2026.").Dates.ShouldHaveSingleItem();
        before.Role.ShouldBe(DateRole.MarketPrice);
        Seed.Facts("The closing price of our common stock was $4.10, and on June 2, 2026 we filed our report.").Dates.ShouldHaveSingleItem()
            .Role.ShouldNotBe(DateRole.MarketPrice);
    }
}
