namespace FilingLint.RuleTesting;

/// <summary>
/// A fixture filing of a rule: where it is shown from (a file path or a built-in name) and its bytes. A deal rule's
/// fixture is a folder of filings linted together as one deal: <see cref="Parts"/> holds each (the path and bytes of the
/// fixture itself are then those of its first file).
/// </summary>
public sealed record Fixture(string RuleId, string Path, byte[] Bytes)
{
    public IReadOnlyList<(string Path, byte[] Bytes)> Parts { get; init; } = [];

    public bool IsDeal => Parts.Count > 0;
}
