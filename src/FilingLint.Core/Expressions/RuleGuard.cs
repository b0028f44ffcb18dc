using System.ComponentModel;

namespace FilingLint.Expressions;

/// <summary>
/// A time limit for one rule on one file. Compiled rule code calls <see cref="Tick{T}"/> in every lambda
/// and query clause it runs, so an expression that would run for ever (a cubic join over thousands of
/// facts) stops at the deadline with <see cref="RuleTimeoutException"/> instead of hanging the run.
/// Public only for generated code; rule authors cannot reference it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RuleGuard
{
    [ThreadStatic]
    private static long t_deadline;

    public static T Tick<T>(T value)
    {
        if (t_deadline != 0 && Environment.TickCount64 > t_deadline) throw new RuleTimeoutException();
        return value;
    }

    internal static void Start(TimeSpan limit) => t_deadline = Environment.TickCount64 + (long)limit.TotalMilliseconds;

    internal static void Stop() => t_deadline = 0;
}
