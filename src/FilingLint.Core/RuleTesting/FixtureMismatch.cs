namespace FilingLint.RuleTesting;

/// <summary>A fixture line where the rules did not report what the markers say: the expected and actual rule ids.</summary>
public sealed record FixtureMismatch(string Fixture, int Line, string Expected, string Actual)
{
    public override string ToString() => $"{Fixture}:{Line}: expected {Expected}, got {Actual}";
}
