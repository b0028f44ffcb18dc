namespace FilingLint.Facts.Extractors;

/// <summary>
/// Places of two or more words that filings name in addresses, jurisdictions of organization and offering
/// restrictions. Their spelling is fixed whatever the filing, so a typing slip in one of their words (“Hong King”)
/// is found even where the filing never writes the place correctly. Names of one word are left out: without a
/// dictionary, a slip of one is too often another word.
/// </summary>
internal static class PlaceNames
{
    public static readonly string[][] Names = new[]
    {
        // States and territories of the United States.
        "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "South Carolina",
        "South Dakota", "West Virginia", "Rhode Island", "District of Columbia", "Puerto Rico", "Virgin Islands",
        // Jurisdictions of organization and offering restrictions.
        "Hong Kong", "Cayman Islands", "British Virgin Islands", "Marshall Islands", "Channel Islands", "Isle of Man",
        "United States", "United Kingdom", "United Arab Emirates", "European Union", "European Economic Area",
        "New Zealand", "South Africa", "South Korea", "Saudi Arabia", "Costa Rica", "El Salvador", "Sri Lanka",
        "Czech Republic", "Dominican Republic", "People's Republic of China", "Republic of Korea",
        // Cities of issuers' and agents' offices.
        "Abu Dhabi", "Tel Aviv", "Kuala Lumpur", "Buenos Aires", "Mexico City", "Salt Lake City", "Los Angeles",
        "San Francisco", "San Diego", "San Jose", "San Antonio", "Palo Alto", "Menlo Park", "Las Vegas", "Boca Raton",
        "Fort Lauderdale", "Fort Worth", "West Palm Beach", "Palm Beach", "Newport Beach", "Kansas City", "Jersey City",
        "Oklahoma City", "Santa Monica", "Santa Clara", "Santa Barbara", "Beverly Hills", "Coral Gables", "Miami Beach",
        "Baton Rouge", "New Orleans", "St. Louis", "St. Petersburg", "Grand Rapids", "Little Rock", "Des Moines",
    }.Select(n => n.Split(' ')).ToArray();
}
