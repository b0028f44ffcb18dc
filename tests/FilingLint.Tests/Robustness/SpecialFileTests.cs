using System.Diagnostics;
using FilingLint.Tests.Cli;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Robustness;

/// <summary>
/// A device or a named pipe given as a rules file, a configuration, a baseline or a template: read to the end, /dev/zero
/// took 4 GB and ran out of memory, and a pipe with no writer hung the run. Each is now a clear error naming the file,
/// with exit 2, within seconds.
/// </summary>
public class SpecialFileTests
{
    public static TheoryData<string, string> Options => new()
    {
        { "--rules", "cannot read rules file" },
        { "--config", "cannot read the configuration" },
        { "--baseline", "cannot read the baseline" },
        { "--template", "cannot read the template" },
    };

    private static (int Exit, string Out, string Err) Lint(string option, string path)
    {
        var args = new List<string> { "lint", Seed.Path, option, path };
        if (option == "--template") args.AddRange(["--html", Path.Combine(CliRun.TempDir(), "report.html")]);
        return CliRun.Run([.. args]);
    }

    [UnixTheory]
    [MemberData(nameof(Options))]
    public void A_device_that_never_ends_is_refused_at_the_size_limit(string option, string message)
    {
        var (exit, _, err) = Lint(option, "/dev/zero");
        exit.ShouldBe(2);
        err.ShouldContain("/dev/zero:1:1: error: ");
        err.ShouldContain(message);
        err.ShouldContain("limit");
    }

    [UnixTheory]
    [MemberData(nameof(Options))]
    public void A_named_pipe_with_no_writer_is_refused_not_waited_on(string option, string message)
    {
        string fifo = Path.Combine(CliRun.TempDir(), "pipe");
        using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
        var (exit, _, err) = Lint(option, fifo);
        exit.ShouldBe(2);
        err.ShouldContain(fifo + ":1:1: error: ");
        err.ShouldContain(message);
        err.ShouldContain("not a regular file");
    }
}
