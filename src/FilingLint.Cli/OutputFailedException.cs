namespace FilingLint.Cli;

/// <summary>Standard output could not be written (see <see cref="OutputGuard"/>).</summary>
internal sealed class OutputFailedException(IOException inner) : Exception($"cannot write to standard output: {inner.Message}", inner);
