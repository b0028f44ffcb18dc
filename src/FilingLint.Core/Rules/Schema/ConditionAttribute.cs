namespace FilingLint.Rules.Schema;

/// <summary>A condition ('assert', 'when'): YAML reads a plain <c>true</c> or <c>false</c> as a boolean, and the loader takes it as the expression.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class ConditionAttribute : Attribute;
