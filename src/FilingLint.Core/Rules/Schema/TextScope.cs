namespace FilingLint.Rules.Schema;

/// <summary>The <c>scope</c> of a declarative check.</summary>
internal enum TextScope
{
    Document,
    Cover,
}
