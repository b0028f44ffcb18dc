namespace FilingLint.Configuration;

/// <summary>
/// Opens a file on a thread of its own and gives up after a while. Opening a named pipe blocks until the other end
/// is opened too (a writer for a pipe read, a reader for a pipe written), which may never happen. The thread is not
/// the thread pool's, which a busy run may not start in time; a thread left waiting on a pipe is left to it.
/// </summary>
internal static class TimedOpen
{
    /// <exception cref="IOException">Opening did not finish within <paramref name="timeout"/> (<paramref name="stuck"/> says why),
    /// or the file system's own refusal.</exception>
    /// <exception cref="UnauthorizedAccessException">The user may not open it so.</exception>
    public static FileStream Open(string path, FileMode mode, FileAccess access, FileShare share, TimeSpan timeout, string stuck)
    {
        FileStream? opened = null;
        Exception? failed = null;
        var opener = new Thread(() =>
        {
            try { opened = new FileStream(path, mode, access, share, 1, FileOptions.SequentialScan); }
            catch (Exception e) { failed = e; }
        }) { IsBackground = true, Name = "open " + Path.GetFileName(path) };
        opener.Start();
        if (!opener.Join(timeout)) throw new IOException(stuck);
        if (failed is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed);
        return opened!;
    }
}
