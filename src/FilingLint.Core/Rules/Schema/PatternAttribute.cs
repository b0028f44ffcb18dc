namespace FilingLint.Rules.Schema;

/// <summary>The regular expression (ECMAScript, unanchored unless it says so) a text field's value must match.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class PatternAttribute(string pattern) : Attribute
{
    public string Pattern { get; } = pattern;

    /// <summary>Not empty nor only spaces: what the loader asks of every text field.</summary>
    public const string NotBlank = @"\S";
}
