namespace Harness.Analyzers.PackageTests;

/// <summary>The nuget.config of a consumer that restores from the test's local feed and nothing else.</summary>
internal static class LocalFeed
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
}
