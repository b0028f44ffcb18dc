namespace FilingLint.Findings;

/// <summary>A second place a finding points at: the other document of a deal finding, or the earlier statement it contradicts.</summary>
public sealed record RelatedLocation(string Path, Location Location, string Excerpt);
