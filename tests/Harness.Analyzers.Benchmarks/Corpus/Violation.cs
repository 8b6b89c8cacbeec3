using System;
using System.Collections.Generic;

namespace Harness.Analyzers.Benchmarks.Corpus;

/// <summary>The generated files of one aggregate; a violation names the one it is injected into.</summary>
internal enum FileRole
{
    DomainEntity,
    DomainRules,
    ApplicationContracts,
    ApplicationHandlers,
    InfrastructurePersistence,
    WebEndpoints,
}

/// <summary>The kinds of rule breaks the corpus can hold, in the order they are handed out.</summary>
internal enum ViolationKind
{
    DomainUsesDateTimeNow,
    WebUsesInfrastructure,
    ModuleUsesOtherModule,
    ConsoleWriteLine,
    DomainUsesHttp,
}

/// <summary>
/// One injected rule break: an extra member in a class of <see cref="Host"/>'s file. Each member holds
/// exactly one use of the forbidden symbol, written fully qualified so that no using directive (which
/// counts as a use too) is needed, so one violation should produce exactly one diagnostic.
/// </summary>
internal sealed record Violation(ViolationKind Kind, AggregateModel Host, AggregateModel? Target)
{
    public FileRole HostRole => Kind switch
    {
        ViolationKind.DomainUsesDateTimeNow => FileRole.DomainEntity,
        ViolationKind.DomainUsesHttp => FileRole.DomainRules,
        ViolationKind.ModuleUsesOtherModule => FileRole.ApplicationHandlers,
        ViolationKind.ConsoleWriteLine => FileRole.InfrastructurePersistence,
        ViolationKind.WebUsesInfrastructure => FileRole.WebEndpoints,
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };

    public string ExpectedDiagnosticId => Kind switch
    {
        ViolationKind.WebUsesInfrastructure => DiagnosticIds.LayerDependency,
        ViolationKind.ModuleUsesOtherModule => DiagnosticIds.ModuleDependency,
        ViolationKind.DomainUsesDateTimeNow or ViolationKind.ConsoleWriteLine or ViolationKind.DomainUsesHttp
            => DiagnosticIds.BannedApi,
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };

    /// <summary>Writes the members of the violations hosted by a file of this role, if any.</summary>
    public static void WriteMembers(CodeWriter writer, IEnumerable<Violation> hosted, FileRole role)
    {
        foreach (var violation in hosted)
        {
            if (violation.HostRole == role)
            {
                writer.Line();
                violation.WriteMember(writer);
            }
        }
    }

    private void WriteMember(CodeWriter writer)
    {
        switch (Kind)
        {
            case ViolationKind.DomainUsesDateTimeNow:
                writer.Block($$"""
                    /// <summary>Local wall-clock stamp for support tickets.</summary>
                    public string DescribeLocalAge()
                    {
                        var localNow = System.DateTime.Now;
                        return $"{nameof({{Host.Name}})} {Id} inspected at {localNow:O}";
                    }
                    """);
                break;
            case ViolationKind.DomainUsesHttp:
                writer.Line("public static string PreferredTransport => typeof(System.Net.Http.HttpClient).Name;");
                break;
            case ViolationKind.ModuleUsesOtherModule:
                writer.Line($"public static string ForeignContract => typeof({Target!.ApplicationNamespace}.{Target.Dto}).Name;");
                break;
            case ViolationKind.ConsoleWriteLine:
                writer.Line($"public void DumpToConsole() => System.Console.WriteLine($\"{{nameof({Host.InMemoryRepository})}} holds {{Count}} items\");");
                break;
            case ViolationKind.WebUsesInfrastructure:
                writer.Line($"public static string StorageProbe => typeof({Target!.InfrastructureNamespace}.{Target.InMemoryRepository}).Name;");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null);
        }
    }
}
