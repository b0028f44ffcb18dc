using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// A cross-reference to a section of this filing by its title (“see the section entitled “Use of Proceeds””), and whether
/// the filing has a heading, a contents entry or a title line that reads so (<see cref="Found"/>). References that name
/// another document (“in our Annual Report”, “of the accompanying prospectus” where it is not reprinted) are not read.
/// </summary>
public sealed record SectionReference(string Title, bool Found, SourceSpan Span) : IFact
{
    /// <summary>For a title not found, the filing's title nearest it in words (“... related party transactions” for “... related person transactions”), or null.</summary>
    public string? Nearest { get; init; }
}
