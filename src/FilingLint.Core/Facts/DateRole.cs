namespace FilingLint.Facts;

/// <summary>What a date in the filing is the date of.</summary>
public enum DateRole
{
    Other,
    /// <summary>This document's own date ("The date of this prospectus supplement is ...").</summary>
    Document,
    /// <summary>The date of a referenced document ("Prospectus dated August 20, 2020").</summary>
    Reference,
    /// <summary>The date of an agreement ("dated August 11, 2020", "On August 11, 2020, we entered into").</summary>
    Agreement,
    /// <summary>A date something takes effect ("effective on October 20, 2022").</summary>
    Effective,
    /// <summary>A date figures are given as of ("As of October 19, 2022, we have sold").</summary>
    AsOf,
    /// <summary>A day a market price is given for ("On May 1, 2025, the last reported sale price of our common stock was").</summary>
    MarketPrice,
}
