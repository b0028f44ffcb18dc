namespace FilingLint.Findings;

/// <summary>A finding silenced by a <c>filinglint-disable</c> comment in the filing: kept so reports can show it apart.</summary>
/// <param name="Finding">The finding as the rule reported it.</param>
/// <param name="Reason">The reason written after the rule id, or null when the comment gives none.</param>
/// <param name="Directive">Where the suppressing comment is.</param>
public sealed record SuppressedFinding(Finding Finding, string? Reason, Location Directive);
