namespace FilingLint.RuleTesting;

/// <summary>A fixture filing of a rule: where it is shown from (a file path or a built-in name) and its bytes.</summary>
public sealed record Fixture(string RuleId, string Path, byte[] Bytes);
