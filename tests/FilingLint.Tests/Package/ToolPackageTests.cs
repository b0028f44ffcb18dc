using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using FilingLint.Tests.Corpus;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Package;

/// <summary>
/// Whether a managed assembly carries precompiled (ReadyToRun) code: its CLI header points at a managed native header
/// that starts with the ReadyToRun signature "RTR". An IL-only assembly has none, and every method of it is compiled by
/// the JIT when first called.
/// </summary>
internal static class ReadyToRunImage
{
    private const uint Signature = 0x00525452; // "RTR\0", READYTORUN_SIGNATURE

    public static bool IsReadyToRun(Stream image) => Read(image).ReadyToRun;

    /// <summary>Whether the image is ReadyToRun, and its COFF machine (for ReadyToRun, the architecture XOR the target OS).</summary>
    public static (bool ReadyToRun, ushort Machine) Read(Stream image)
    {
        using var pe = new PEReader(image, PEStreamOptions.PrefetchEntireImage);
        var cor = pe.PEHeaders.CorHeader ?? throw new InvalidDataException("not a managed assembly");
        var header = cor.ManagedNativeHeaderDirectory;
        bool r2r = header.Size > 0 && pe.GetSectionData(header.RelativeVirtualAddress).GetReader().ReadUInt32() == Signature;
        return (r2r, (ushort)pe.PEHeaders.CoffHeader.Machine);
    }
}

/// <summary>Runs only where FILINGLINT_TOOL_PACKAGES names a folder that <c>dotnet pack</c> filled (.ci/run does).</summary>
public sealed class ToolPackageFactAttribute : FactAttribute
{
    public const string Variable = "FILINGLINT_TOOL_PACKAGES";

    public ToolPackageFactAttribute([System.Runtime.CompilerServices.CallerMemberName] string test = "") =>
        CorpusSkip.Apply(this, Directory.Exists(Environment.GetEnvironmentVariable(Variable) ?? "") ? null
            : $"{Variable} does not name a folder packed by dotnet pack src/FilingLint.Cli (.ci/run sets it)", test);
}

public class ReadyToRunImageTests
{
    [Fact]
    public void The_shared_runtime_is_precompiled_and_this_test_build_is_not()
    {
        using (var corelib = File.OpenRead(typeof(object).Assembly.Location))
            ReadyToRunImage.IsReadyToRun(corelib).ShouldBeTrue();
        using var tests = File.OpenRead(typeof(ReadyToRunImageTests).Assembly.Location);
        ReadyToRunImage.IsReadyToRun(tests).ShouldBeFalse();
    }
}

/// <summary>
/// The packed tool, as <c>dotnet pack src/FilingLint.Cli</c> leaves it: a top package that only points at one package per
/// runtime, each precompiled for its runtime, and the portable IL-only one for the rest; no debug symbols and no
/// translated resources in any of them, the symbols in each runtime's .snupkg.
/// </summary>
public class ToolPackageTests
{
    // The project's ToolPackageRuntimeIdentifiers; the machine a ReadyToRun image is for: architecture XOR target OS.
    private static readonly Dictionary<string, ushort> Machines = new()
    {
        ["linux-x64"] = 0x8664 ^ 0x7B79, ["linux-arm64"] = 0xAA64 ^ 0x7B79,
        ["osx-arm64"] = 0xAA64 ^ 0x4644, ["win-x64"] = 0x8664,
    };

    private static string Folder => Environment.GetEnvironmentVariable(ToolPackageFactAttribute.Variable)!;

    private static string Package(string suffix) =>
        Directory.GetFiles(Folder, $"FilingLint{suffix}.*.nupkg").ShouldHaveSingleItem($"FilingLint{suffix}.VERSION.nupkg in {Folder}");

    private static List<string> Entries(string nupkg)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    [ToolPackageFact]
    public void The_top_package_points_at_each_runtimes_package_and_holds_no_code()
    {
        string top = Directory.GetFiles(Folder, "FilingLint.*.nupkg")
            .Single(f => char.IsDigit(Path.GetFileName(f)["FilingLint.".Length]));
        using var zip = ZipFile.OpenRead(top);
        zip.Entries.ShouldNotContain(e => e.FullName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase));
        using var settings = zip.Entries.Single(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal)).Open();
        var rids = XDocument.Load(settings).Descendants("RuntimeIdentifierPackage")
            .ToDictionary(p => (string)p.Attribute("RuntimeIdentifier")!, p => (string)p.Attribute("Id")!);
        rids.Keys.ShouldBe(Machines.Keys.Append("any"), ignoreOrder: true);
        foreach (var (rid, id) in rids)
        {
            id.ShouldBe($"FilingLint.{rid}");
            Package("." + rid).ShouldNotBeNull();
        }
    }

    [ToolPackageFact]
    public void Each_runtimes_package_is_precompiled_for_that_runtime()
    {
        foreach (var (rid, machine) in Machines)
        {
            using var zip = ZipFile.OpenRead(Package("." + rid));
            foreach (string assembly in new[] { "filinglint.dll", "FilingLint.Core.dll", "AngleSharp.dll", "YamlDotNet.dll" })
            {
                var entry = zip.GetEntry($"tools/net10.0/{rid}/{assembly}").ShouldNotBeNull($"{assembly} in the {rid} package");
                using var image = new MemoryStream();
                using (var s = entry.Open()) s.CopyTo(image);
                image.Position = 0;
                var (r2r, coff) = ReadyToRunImage.Read(image);
                r2r.ShouldBeTrue($"{assembly} in the {rid} package has no ReadyToRun code");
                coff.ShouldBe(machine, $"{assembly} in the {rid} package is compiled for another machine");
            }
            // Started by its own executable, not through `dotnet filinglint.dll`.
            zip.GetEntry($"tools/net10.0/{rid}/filinglint{(rid.StartsWith("win", StringComparison.Ordinal) ? ".exe" : "")}").ShouldNotBeNull();
        }
    }

    [ToolPackageFact]
    public void The_portable_package_is_the_IL_only_build()
    {
        using var zip = ZipFile.OpenRead(Package(".any"));
        using var image = new MemoryStream();
        using (var s = zip.GetEntry("tools/net10.0/any/filinglint.dll").ShouldNotBeNull().Open()) s.CopyTo(image);
        image.Position = 0;
        ReadyToRunImage.IsReadyToRun(image).ShouldBeFalse();
    }

    [ToolPackageFact]
    public void No_package_holds_symbols_translations_or_xml_docs_and_each_runtimes_symbols_are_in_its_snupkg()
    {
        foreach (string nupkg in Directory.GetFiles(Folder, "FilingLint*.nupkg"))
        {
            var entries = Entries(nupkg);
            entries.ShouldNotContain(e => e.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase), nupkg);
            entries.ShouldNotContain(e => e.EndsWith(".resources.dll", StringComparison.OrdinalIgnoreCase), nupkg);
            entries.ShouldNotContain(e => e.StartsWith("tools/", StringComparison.Ordinal) && e.EndsWith(".xml", StringComparison.Ordinal)
                && !e.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal), nupkg);
            // Precompiled code is larger than IL, but a runtime's package stays far below a self-contained one (about 70 MB).
            new FileInfo(nupkg).Length.ShouldBeLessThan(16L << 20, nupkg);
        }
        foreach (string rid in Machines.Keys.Append("any"))
        {
            string snupkg = Path.ChangeExtension(Package("." + rid), ".snupkg");
            Entries(snupkg).ShouldContain($"tools/net10.0/{rid}/filinglint.pdb");
        }
    }
}
