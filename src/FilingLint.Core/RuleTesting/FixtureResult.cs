using FilingLint.Findings;

namespace FilingLint.RuleTesting;

/// <summary>The outcome of one fixture: its markers, the findings of the rules it checks, and the mismatches.</summary>
public sealed record FixtureResult(Fixture Fixture, IReadOnlyList<FixtureMarker> Markers, IReadOnlyList<Finding> Findings,
    IReadOnlyList<FixtureMismatch> Mismatches, string? Error = null)
{
    public bool Passed => Error is null && Mismatches.Count == 0;
}
