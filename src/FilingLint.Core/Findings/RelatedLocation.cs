namespace FilingLint.Findings;

/// <summary>A second place a finding points at: the other document of a deal finding, or the earlier statement it contradicts.</summary>
public sealed record RelatedLocation(string Path, Location Location, string Excerpt)
{
    /// <summary>Offsets in <see cref="Document"/>'s normalized text, for reports that show the place itself (null when not known).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Documents.SourceSpan? Span { get; init; }

    /// <summary>
    /// The document the place is in, for reports that show it (an EDGAR exhibit shares its submission's path); null when
    /// not known. Not part of any output format.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Documents.Document? Document { get; init; }
}
