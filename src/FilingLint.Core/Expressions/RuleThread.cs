namespace FilingLint.Expressions;

/// <summary>
/// Runs rule evaluations on a thread of its own, with a large stack, and waits for each at most its time limit and a
/// grace: the guard every lambda calls (<see cref="RuleGuard"/>) stops a rule only when the rule reaches it, and a
/// rule can spend its time where it does not (one string operation over hundreds of megabytes, a library call that
/// runs long). Past the wait the evaluation is given up: it becomes the rule's <c>rule.error</c>, the thread is left
/// to finish or to stop at its next guard, its results are never read, and the next evaluation gets a new thread. Each
/// thread that lints keeps one rule thread, so rules still run one after another and files in parallel as before.
/// </summary>
internal sealed class RuleThread
{
    /// <summary>Far more than any rule needs: deep recursion, if a rule could cause it, meets the guard's stack check first.</summary>
    private const int StackBytes = 64 << 20;

    [ThreadStatic]
    private static RuleThread? t_current;

    private readonly SemaphoreSlim _start = new(0);
    private readonly SemaphoreSlim _done = new(0);
    private Action? _work;
    private Exception? _error;

    private RuleThread()
    {
        var thread = new Thread(Loop, StackBytes) { IsBackground = true, Name = "FilingLint rule" };
        thread.Start();
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the calling thread's rule thread. Returns what it threw, or null; throws
    /// <see cref="RuleTimeoutException"/> when it has not finished within <paramref name="wait"/>.
    /// </summary>
    public static Exception? Run(Action work, TimeSpan wait)
    {
        var runner = t_current ??= new RuleThread();
        runner._work = work;
        runner._error = null;
        runner._start.Release();
        if (!runner._done.Wait(wait))
        {
            // Abandoned: it may still write into what it was given, so nothing it was given is read again.
            t_current = null;
            throw new RuleTimeoutException();
        }
        return runner._error;
    }

    /// <summary>
    /// Runs one rule's evaluation on its rule thread within its time and memory limits (<see cref="RuleGuard"/>), and
    /// rethrows what stopped it. The work must keep what it makes to itself until it returns: after a timeout it may
    /// still be running.
    /// </summary>
    public static void RunGuarded(Action work, TimeSpan timeLimit, long memoryLimit, TimeSpan? grace = null)
    {
        var error = Run(() =>
        {
            RuleGuard.Start(timeLimit, memoryLimit);
            try
            {
                work();
            }
            finally
            {
                RuleGuard.Stop();
            }
        }, timeLimit + (grace ?? Grace));
        if (error is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
    }

    /// <summary>How long past its limit a rule is waited for: the guard stops most rules at the limit itself.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    private void Loop()
    {
        while (true)
        {
            _start.Wait();
            try
            {
                _work!();
            }
            // Every exception, even an OutOfMemoryException from one huge allocation, is the rule's own failure.
            catch (Exception e)
            {
                _error = e;
            }
            _done.Release();
        }
    }
}
