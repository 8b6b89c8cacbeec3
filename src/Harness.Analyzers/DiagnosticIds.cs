namespace Harness.Analyzers;

/// <summary>Every diagnostic ID the package reports: HAR0xxx configuration (rules files and the baseline), HAR1xxx architecture, HAR2xxx redundancy, HAR3xxx conventions.</summary>
public static class DiagnosticIds
{
    public const string MalformedLine = "HAR0001";
    public const string UnknownSection = "HAR0002";
    public const string UnknownKey = "HAR0003";
    public const string InvalidValue = "HAR0004";
    public const string UnknownLayer = "HAR0005";
    public const string InvalidPattern = "HAR0006";
    public const string InvalidSymbolId = "HAR0007";
    public const string MissingKey = "HAR0008";
    public const string StaleBaselineEntry = "HAR0009";
    public const string MalformedBaselineEntry = "HAR0010";
    public const string AgentContextOutOfDate = "HAR0011";

    public const string LayerDependency = "HAR1001";
    public const string ModuleDependency = "HAR1002";
    public const string BannedApi = "HAR1003";
    public const string LayerCycle = "HAR1004";
    public const string UnmatchedRule = "HAR1005";
    public const string ExternalType = "HAR1006";

    public const string DuplicateMember = "HAR2001";
    public const string NearDuplicateMember = "HAR2002";
    public const string DuplicatedBlock = "HAR2003";
    public const string IdenticalBranches = "HAR2004";
    public const string VersionedTwin = "HAR2005";
    public const string GeneratorPlaceholder = "HAR2006";

    public const string NameConvention = "HAR3001";
    public const string PlacementConvention = "HAR3002";
    public const string ModifierConvention = "HAR3003";
}
