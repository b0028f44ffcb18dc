namespace FilingLint.Cli;

/// <summary>
/// Standard output that turns a failed write (a full disk, <c>&gt; /dev/full</c>) into <see cref="OutputFailedException"/>,
/// so that the command line can tell it from the other I/O errors, which are reported by file, and answer it with one
/// line and exit 2 instead of a stack trace and the findings exit code.
/// </summary>
internal sealed class OutputGuard(TextWriter inner) : TextWriter
{
    public TextWriter Inner => inner;

    public override System.Text.Encoding Encoding => inner.Encoding;

    /// <summary>True when <paramref name="writer"/> is the process's console output, guarded or not (colour depends on it).</summary>
    public static bool IsConsole(TextWriter writer) => ReferenceEquals(writer is OutputGuard g ? g.Inner : writer, Console.Out);

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException e)
        {
            throw new OutputFailedException(e);
        }
    }

    public override void Flush() => Guard(inner.Flush);

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e)
        {
            throw new OutputFailedException(e);
        }
    }
}
