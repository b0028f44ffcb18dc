namespace FilingLint.Rules.Schema;

/// <summary>Marks a list field that a rule file may also write as a single value (<c>text: phrase</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class OneOrManyAttribute : Attribute;
