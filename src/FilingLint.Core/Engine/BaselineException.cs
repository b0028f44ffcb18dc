namespace FilingLint.Engine;

/// <summary>A baseline file that cannot be used; the message starts with <c>path:line:col:</c>.</summary>
public sealed class BaselineException(string message) : Exception(message);
