namespace FilingLint.Rules.Schema;

/// <summary>Exactly one of these fields must be given (a rule's check).</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class ExactlyOneOfAttribute(params string[] fields) : Attribute
{
    public IReadOnlyList<string> Fields { get; } = fields;
}

/// <summary>At least one of these fields must be given (a text check's patterns or text).</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class AtLeastOneOfAttribute(params string[] fields) : Attribute
{
    public IReadOnlyList<string> Fields { get; } = fields;
}

/// <summary>The field may be given only beside another one ('for' and 'at' beside 'assert').</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class OnlyWithAttribute(string field) : Attribute
{
    public string Field { get; } = field;
}

/// <summary>When <see cref="Field"/> has the value <see cref="Value"/>, none of <see cref="Fields"/> may be given.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class NotWhenAttribute(string field, string value, params string[] fields) : Attribute
{
    public string Field { get; } = field;
    public string Value { get; } = value;
    public string[] Fields { get; } = fields;
}
