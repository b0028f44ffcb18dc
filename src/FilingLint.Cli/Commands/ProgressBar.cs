using System.Diagnostics;

namespace FilingLint.Cli.Commands;

/// <summary>
/// A one-line progress bar on standard error for runs of many files, redrawn in place at most ten times a second
/// and erased at the end, so the report on standard output is never mixed with it.
/// </summary>
internal sealed class ProgressBar(TextWriter output, int total)
{
    /// <summary>More files than this, on a terminal: fewer finish before anyone would look at a bar.</summary>
    public const int MinimumFiles = 5;

    private const int Width = 30;
    private readonly Lock gate = new();
    private readonly Stopwatch sinceDraw = Stopwatch.StartNew();
    private int done;
    private bool drawn;

    /// <summary>Only when standard error is the console's and a terminal; never in CI logs or pipes.</summary>
    public static bool Wanted(TextWriter stderr, int files) =>
        files > MinimumFiles && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected
        && Environment.GetEnvironmentVariable("CI") is null or "" or "false";

    /// <summary>One more file done; safe to call from the parallel workers.</summary>
    public void Advance(string path)
    {
        lock (gate)
        {
            done++;
            if (drawn && done < total && sinceDraw.ElapsedMilliseconds < 100) return;
            sinceDraw.Restart();
            int filled = total == 0 ? Width : done * Width / total;
            string name = Path.GetFileName(path);
            if (name.Length > 40) name = name[..37] + "...";
            output.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} files  {name}".PadRight(Width + 60));
            output.Flush();
            drawn = true;
        }
    }

    /// <summary>Erases the bar.</summary>
    public void Clear()
    {
        lock (gate)
        {
            if (!drawn) return;
            output.Write("\r" + new string(' ', Width + 60) + "\r");
            output.Flush();
            drawn = false;
        }
    }
}
