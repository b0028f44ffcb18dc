using Xunit;

namespace FilingLint.Tests.Robustness;

/// <summary>A theory about Unix special files (/dev/zero, pipes made with mkfifo, signals): skipped, saying so, elsewhere.</summary>
internal sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) Skip = UnixOnly.Reason;
    }
}

/// <summary>A fact about Unix special files, links or signals: skipped, saying so, elsewhere.</summary>
internal sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) Skip = UnixOnly.Reason;
    }
}

internal static class UnixOnly
{
    public const string Reason = "needs Unix special files (/dev/zero, mkfifo, mknod), symbolic links or signals";

    /// <summary>Runs a Unix command to make a test's files (mkfifo, mknod, kill); true when it succeeded.</summary>
    public static bool Run(string command, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(command) { RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}
