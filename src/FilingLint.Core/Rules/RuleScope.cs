namespace FilingLint.Rules;

/// <summary>What a rule's expressions see: one filing's fact model (<c>document</c>), or a deal's (<c>deal</c>).</summary>
public enum RuleScope
{
    /// <summary>Each filing alone: the root is its <see cref="Facts.Filing"/>.</summary>
    Document,

    /// <summary>The documents linted together: the root is the <see cref="Facts.Deal"/>.</summary>
    Deal,
}
