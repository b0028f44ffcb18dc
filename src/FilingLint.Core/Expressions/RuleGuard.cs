using System.ComponentModel;

namespace FilingLint.Expressions;

/// <summary>
/// A time and memory limit for one rule on one file. Every lambda body of a rule expression is wrapped in
/// <see cref="Tick{T}"/> when the rules load (<see cref="DynamicLinqText"/>), so an expression that would run for ever (a cubic join over thousands of
/// facts) stops at the deadline with <see cref="RuleTimeoutException"/>, and one that allocates without end
/// (a string doubled in an aggregate) stops with <see cref="RuleMemoryException"/> before the process runs out
/// of memory. Public only so that RulesEngine's Dynamic LINQ can call it; a rule that names it in its own text is
/// refused at load (<see cref="DynamicLinqText"/>).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RuleGuard
{
    [ThreadStatic]
    private static long t_deadline;

    [ThreadStatic]
    private static long t_allocationCeiling;

    public static T Tick<T>(T value)
    {
        if (t_deadline == 0) return value;
        if (Environment.TickCount64 > t_deadline) throw new RuleTimeoutException();
        // Bytes allocated, not bytes live: cheap to read, and a runaway allocation shows in both.
        if (GC.GetAllocatedBytesForCurrentThread() > t_allocationCeiling) throw new RuleMemoryException();
        // A stack overflow ends the process, every file's result with it; this throws while there is room to report it.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return value;
    }

    internal static void Start(TimeSpan timeLimit, long memoryLimit)
    {
        t_deadline = Environment.TickCount64 + (long)timeLimit.TotalMilliseconds;
        t_allocationCeiling = GC.GetAllocatedBytesForCurrentThread() + memoryLimit;
    }

    internal static void Stop() => t_deadline = 0;
}
