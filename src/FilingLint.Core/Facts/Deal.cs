namespace FilingLint.Facts;

/// <summary>
/// The documents linted together as one deal (an offering program's supplements, the 8-K that announced it, the
/// agreement itself) and what they say in common, for deal rules (<c>scope: deal</c>): each agreement as each document
/// gives it, and the program's offerings over time.
/// </summary>
public sealed record Deal
{
    public IReadOnlyList<DealDocument> Documents { get; init; } = [];

    /// <summary>Every agreement of every document, matched across documents (<see cref="DealAgreementMention.Key"/>).</summary>
    public IReadOnlyList<DealAgreementMention> AgreementMentions { get; init; } = [];

    /// <summary>Each supplement's “(To Prospectus dated …)”, with the base prospectus's date as the deal's other documents give it.</summary>
    public IReadOnlyList<DealBaseReference> BaseProspectusReferences { get; init; } = [];

    /// <summary>The commission each document states for its agreement with an agent, against the rate the others state.</summary>
    public IReadOnlyList<DealCommission> Commissions { get; init; } = [];

    /// <summary>Each 8-K's press release, with the dateline of the exhibit that is that release.</summary>
    public IReadOnlyList<DealPressRelease> PressReleases { get; init; } = [];

    /// <summary>Agreements named one word away from the title the agreement document itself bears.</summary>
    public IReadOnlyList<DealTitleMention> TitleMentions { get; init; } = [];

    /// <summary>The supplements' offering figures, in filing-date order.</summary>
    public IReadOnlyList<DealOffering> Offerings { get; init; } = [];
}
