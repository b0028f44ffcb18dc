namespace FilingLint.RuleTesting;

/// <summary>
/// One inline expectation of a fixture filing: <c>&lt;!-- expect: RULE_ID --&gt;</c> (the rule must report on
/// <see cref="Line"/>) or <c>&lt;!-- ok: RULE_ID --&gt;</c> (it must not). Lines are 1-based source lines.
/// </summary>
public sealed record FixtureMarker(int Line, string RuleId, bool Expected, int MarkerLine);
