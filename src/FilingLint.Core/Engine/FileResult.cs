using FilingLint.Documents;
using FilingLint.Facts;
using FilingLint.Findings;

namespace FilingLint.Engine;

/// <summary>Everything FilingLint learned about one file. <see cref="Document"/> and <see cref="Filing"/> are null when it could not be read.</summary>
public sealed record FileResult(string Path, IReadOnlyList<Finding> Findings, IReadOnlyList<RuleResult> Rules, Document? Document, Filing? Filing)
{
    public bool IsUnreadable => Document is null;

    /// <summary>Findings silenced by suppression comments in the filing; not in <see cref="Findings"/>.</summary>
    public IReadOnlyList<SuppressedFinding> Suppressed { get; init; } = [];
}
