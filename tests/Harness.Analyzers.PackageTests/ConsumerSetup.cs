namespace Harness.Analyzers.PackageTests;

/// <summary>What makes a folder a consumer of the packed package: a nuget.config of the local feed, and the package reference.</summary>
internal static class ConsumerSetup
{
    /// <summary>Writes <c>nuget.config</c> into <paramref name="folder"/> ('/'-terminated, relative to <paramref name="work"/>).</summary>
    public static void WriteNugetConfig(TempDirectory work, string folder, string feedPath) =>
        work.Write(folder + "nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <!-- Only the local feed the test packed into: the consumer needs nothing else (the net10.0 ref pack is in the SDK). -->
            <configuration>
              <packageSources>
                <clear />
                <add key="harness-e2e" value="{feedPath}" />
              </packageSources>
              <fallbackPackageFolders>
                <clear />
              </fallbackPackageFolders>
            </configuration>
            """);

    /// <summary>
    /// Writes the <c>Directory.Build.props</c> that references the packed Harness.Analyzers for every project of the
    /// consumer in <paramref name="folder"/>; <c>-p:HarnessSarifFolder=DIR</c> gives each project a SARIF log there.
    /// </summary>
    public static void WriteBuildProps(TempDirectory work, string folder, string packageVersion) =>
        work.Write(folder + "Directory.Build.props", $$"""
            <Project>
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <!-- One SARIF log per project: a single -p:ErrorLog=file would be overwritten by each project in turn. -->
                <ErrorLog Condition="'$(HarnessSarifFolder)' != ''">$(HarnessSarifFolder)/$(MSBuildProjectName).sarif,version=2.1</ErrorLog>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Harness.Analyzers" Version="{{packageVersion}}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
}
