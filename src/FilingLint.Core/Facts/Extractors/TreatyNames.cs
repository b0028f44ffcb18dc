namespace FilingLint.Facts.Extractors;

/// <summary>
/// International agreements that filings cite by their proper names in risk factors ("comply with the Paris
/// Agreement", "the UPC Agreement"): a treaty is not one of the filing's terms, so it needs no definition.
/// Only agreements between states belong here, never commercial ones.
/// </summary>
internal static class TreatyNames
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "Paris Agreement",                 // UN climate agreement, 2015
        "UPC Agreement",                   // Agreement on a Unified Patent Court, 2013
        "Unified Patent Court Agreement",
        "Withdrawal Agreement",            // UK–EU withdrawal agreement, 2020
        "Trade and Cooperation Agreement", // UK–EU, 2020
        "Schengen Agreement",
        "EEA Agreement",                   // Agreement on the European Economic Area
        "Good Friday Agreement",
        "Madrid Agreement",                // international trademark registration
        "Hague Agreement",                 // international registration of industrial designs
        "TRIPS Agreement",                 // WTO Agreement on Trade-Related Aspects of Intellectual Property Rights
    };

    public static bool Contains(string name) => Names.Contains(name);
}
