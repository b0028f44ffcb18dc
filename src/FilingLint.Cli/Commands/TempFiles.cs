using System.Runtime.InteropServices;

namespace FilingLint.Cli.Commands;

/// <summary>
/// The temporary files reports are written to before they are renamed into place. A run stopped while one is being
/// written (Ctrl-C, <c>kill</c>, a closed terminal, <see cref="Environment.Exit"/>) removes it on its way out, which
/// <c>finally</c> blocks do not: a signal ends the process without unwinding its threads. <c>kill -9</c> cannot be
/// answered.
/// </summary>
internal static class TempFiles
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Live = new(StringComparer.Ordinal);
    private static bool stopping;
    private static List<PosixSignalRegistration>? registrations;

    /// <summary>
    /// Creates <paramref name="path"/> (never an existing file) and remembers it until <see cref="Release"/>. Created
    /// under the same lock the stop takes, so no file is created after the stop has removed the others.
    /// </summary>
    /// <exception cref="OperationCanceledException">The process is stopping.</exception>
    public static FileStream Create(string path)
    {
        lock (Gate)
        {
            if (stopping) throw new OperationCanceledException("the run is stopping");
            Install();
            var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read | FileShare.Delete);
            Live.Add(path);
            return stream;
        }
    }

    /// <summary>Forgets <paramref name="path"/> (renamed into place) and deletes it if it is still there (a failed write).</summary>
    public static void Release(string path)
    {
        lock (Gate) Live.Remove(path);
        TryDelete(path);
    }

    private static void Install()
    {
        if (registrations is not null) return;
        // Not cancelled: the signal then ends the process as it would have, once the files are gone.
        registrations = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT }
            .Select(signal => PosixSignalRegistration.Create(signal, _ => RemoveAll()))];
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveAll();
    }

    private static void RemoveAll()
    {
        lock (Gate)
        {
            stopping = true;
            foreach (var path in Live) TryDelete(path);
            Live.Clear();
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind, as before; nothing better to do on the way out.
        }
    }
}
