namespace FilingLint.Rules.Schema;

/// <summary>Marks a list field that a rule file may also write as a single value (<c>text: phrase</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class OneOrManyAttribute : Attribute;

/// <summary>Marks the pattern list, whose items may also be <c>{ pattern: REGEX, means: plain words }</c>.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class NamedPatternsAttribute : Attribute;
