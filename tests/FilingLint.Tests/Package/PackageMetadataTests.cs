using System.Diagnostics;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Package;

/// <summary>
/// What the tool's NuGet package declares, as MSBuild evaluates the project (Directory.Build.props included). Packing
/// itself, and that no .pdb is left in the .nupkg, is checked by .ci/run, which packs and installs the tool.
/// </summary>
public class PackageMetadataTests
{
    private static readonly string[] Wanted =
    [
        "PackAsTool", "PackageLicenseExpression", "PackageReadmeFile", "PackageProjectUrl", "RepositoryUrl", "PackageTags",
        "SatelliteResourceLanguages", "IncludeSymbols", "SymbolPackageFormat", "ToolPackageRuntimeIdentifiers", "RuntimeIdentifiers",
    ];

    private static readonly Lazy<Dictionary<string, string>> Properties = new(Evaluate);

    private static Dictionary<string, string> Evaluate()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
        foreach (var arg in new[] { "msbuild", "src/FilingLint.Cli/FilingLint.Cli.csproj", "-nologo", $"-getProperty:{string.Join(',', Wanted)}" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, process.StandardError.ReadToEnd());
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("Properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
    }

    [Fact]
    public void The_package_has_a_licence_readme_urls_tags_and_symbols_apart()
    {
        var p = Properties.Value;
        p["PackAsTool"].ShouldBe("true");
        p["PackageLicenseExpression"].ShouldBe("MIT");
        p["PackageReadmeFile"].ShouldBe("README.md");
        p["PackageProjectUrl"].ShouldBe(ProjectHome.Uri);
        p["RepositoryUrl"].ShouldBe(ProjectHome.Uri);
        p["PackageTags"].Split(';').ShouldContain("sarif");
        p["SatelliteResourceLanguages"].ShouldBe("en");
        p["IncludeSymbols"].ShouldBe("true");
        p["SymbolPackageFormat"].ShouldBe("snupkg");
    }

    [Fact]
    public void The_tool_is_packed_precompiled_for_the_common_runtimes_and_a_build_restores_for_none()
    {
        var p = Properties.Value;
        p["ToolPackageRuntimeIdentifiers"].Split(';').ShouldBe(["linux-x64", "linux-arm64", "osx-arm64", "win-x64", "any"]);
        // Only `dotnet pack` restores the runtime packs and the ReadyToRun compiler; a build or a test run needs neither.
        p["RuntimeIdentifiers"].ShouldBeEmpty();
    }

    [Fact]
    public void The_repository_has_the_MIT_licence_the_package_declares()
    {
        string licence = File.ReadAllText(Path.Combine(Repository.Root, "LICENSE"));
        licence.ShouldStartWith("MIT License");
        licence.ShouldContain("Copyright (c) 2026 FilingLint contributors");
        licence.ShouldContain("THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND");
    }
}
