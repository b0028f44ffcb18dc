namespace FilingLint.Engine;

/// <summary>One accepted finding in a <see cref="Baseline"/>; <see cref="Line"/> and <see cref="Message"/> are for people, not matching.</summary>
public sealed record BaselineEntry(string RuleId, string Path, string Fingerprint, int Line, string Message);
