using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers;

/// <summary>The one place where every descriptor is defined; analyzers only reference these.</summary>
public static class Descriptors
{
    public const string HelpLinkBase = "https://github.com/harness-analyzers/harness-analyzers/blob/main/docs/rules/";

    private const string Configuration = "Configuration";
    private const string Architecture = "Architecture";
    private const string Redundancy = "Redundancy";
    private const string Conventions = "Conventions";

    public static readonly DiagnosticDescriptor MalformedLine = Create(
        DiagnosticIds.MalformedLine, Configuration, DiagnosticSeverity.Error,
        "Malformed line in a rules file",
        "Malformed line: {0}",
        "A line of a harness.rules file is neither a comment, a '[section]' header nor a 'key = value' pair. The line is ignored; the rest of the file still applies. An error by default: an ignored line can drop a rule.");

    public static readonly DiagnosticDescriptor UnknownSection = Create(
        DiagnosticIds.UnknownSection, Configuration, DiagnosticSeverity.Error,
        "Unknown section in a rules file",
        "Unknown section '[{0}]': expected {1}",
        "The section is not one harness.rules defines, so its keys are ignored. An error by default: a misspelt header silently drops a rule.");

    public static readonly DiagnosticDescriptor UnknownKey = Create(
        DiagnosticIds.UnknownKey, Configuration, DiagnosticSeverity.Error,
        "Unknown key in a rules file",
        "Unknown key '{0}' in {1}: expected {2}",
        "The key is not one the section defines, so it is ignored. An error by default: a misspelt key silently loosens a rule.");

    public static readonly DiagnosticDescriptor InvalidValue = Create(
        DiagnosticIds.InvalidValue, Configuration, DiagnosticSeverity.Warning,
        "Invalid value in a rules file",
        "Invalid value '{0}' for '{1}' in {2}: {3}",
        "The value cannot be used, so the key keeps its earlier or default value.");

    public static readonly DiagnosticDescriptor UnknownLayer = Create(
        DiagnosticIds.UnknownLayer, Configuration, DiagnosticSeverity.Error,
        "Unknown layer in a rules file",
        "{0} names layer '{1}', which no rules file declares (declared: {2})",
        "A 'may_use' entry or a ban scope names a layer that is not declared by any harness.rules file the project sees. The name is ignored. An error by default: an ignored name loosens a rule.");

    public static readonly DiagnosticDescriptor InvalidPattern = Create(
        DiagnosticIds.InvalidPattern, Configuration, DiagnosticSeverity.Warning,
        "Invalid pattern in a rules file",
        "Invalid pattern for '{0}' in {1}: {2}",
        "A namespace or assembly pattern must be dot-separated segments of identifier characters, '*' and '**'; a modules pattern must hold one '{module}' segment. The pattern is ignored.");

    public static readonly DiagnosticDescriptor InvalidSymbolId = Create(
        DiagnosticIds.InvalidSymbolId, Configuration, DiagnosticSeverity.Warning,
        "Invalid symbol in a ban",
        "'{0}' in {1} is not a documentation-comment ID such as 'T:System.Console' or 'M:System.Console.WriteLine': {2}",
        "Keys of a [ban] section are documentation-comment IDs (N:, T:, M:, P:, F:, E:), as in BannedSymbols.txt. The entry is ignored.");

    public static readonly DiagnosticDescriptor MissingKey = Create(
        DiagnosticIds.MissingKey, Configuration, DiagnosticSeverity.Warning,
        "Missing key in a rules file",
        "{0} needs '{1}'",
        "The section cannot apply without this key, so it is ignored.");

    public static readonly DiagnosticDescriptor StaleBaselineEntry = Create(
        DiagnosticIds.StaleBaselineEntry, Configuration, DiagnosticSeverity.Info,
        "Baseline entry matches fewer findings than it records",
        "{0} in {1} ({2}): the baseline accepts {3}, the code has {4}; refresh it with 'dotnet build -p:HarnessUpdateBaseline=true'",
        "An entry of harness.baseline matches fewer findings of its project than it records: they were fixed, or the code moved to another file. Refreshing the baseline removes the entry, so that a finding fixed once cannot come back unnoticed. Build-only: it needs the whole compilation.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor MalformedBaselineEntry = Create(
        DiagnosticIds.MalformedBaselineEntry, Configuration, DiagnosticSeverity.Warning,
        "Malformed baseline entry",
        "Malformed baseline entry '{0}': {1}",
        "A line of harness.baseline is neither a '#' comment nor an entry 'ID | project | file | key | count'. The line is ignored, so the finding it meant to accept is reported; the rest of the baseline still applies.");

    public static readonly DiagnosticDescriptor AgentContextOutOfDate = Create(
        DiagnosticIds.AgentContextOutOfDate, Configuration, DiagnosticSeverity.Warning,
        "Agent context is out of date",
        "The Harness.Analyzers block of {0} no longer matches {1}: refresh it with 'dotnet build -t:HarnessContext'",
        "The block between <!-- harness:begin --> and <!-- harness:end --> in AGENTS.md, which tells coding agents the rules before they write code, says something other than the effective rules (rule packs and harness.rules files): an agent reading it would follow rules the build no longer enforces.");

    public static readonly DiagnosticDescriptor LayerDependency = Create(
        DiagnosticIds.LayerDependency, Architecture, DiagnosticSeverity.Warning,
        "Layer uses a layer it may not use",
        "'{0}' (layer {1}) uses '{2}' (layer {3}); {1} may use {4} ({5}, layer {1}){6}",
        "A type uses a type or member of a layer that its own layer's 'may_use' does not list.");

    public static readonly DiagnosticDescriptor ModuleDependency = Create(
        DiagnosticIds.ModuleDependency, Architecture, DiagnosticSeverity.Warning,
        "Module uses another module",
        "'{0}' (module {1}) uses '{2}' (module {3}); the modules of {4} are independent{5} ({6}, modules {4}){7}",
        "Types of two different modules of a [modules] section must not use each other, except the modules its 'may_use' lists.");

    public static readonly DiagnosticDescriptor BannedApi = Create(
        DiagnosticIds.BannedApi, Architecture, DiagnosticSeverity.Warning,
        "Banned API",
        "'{0}' uses '{1}', banned by {2} ({3}, ban {4}): {5}",
        "A [ban] section of harness.rules bans this symbol, its type or its namespace for the code of this scope.");

    public static readonly DiagnosticDescriptor LayerCycle = Create(
        DiagnosticIds.LayerCycle, Architecture, DiagnosticSeverity.Warning,
        "Layers depend on each other in a cycle",
        "Layers form a dependency cycle: {0}",
        "The code of these layers uses each other in a cycle, so none of them can be built, tested or replaced alone. Build-only: it needs the whole compilation.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UnmatchedRule = Create(
        DiagnosticIds.UnmatchedRule, Architecture, DiagnosticSeverity.Info,
        "Rule matches nothing",
        "{0} matches nothing this compilation can see, so the rule passes vacuously",
        "A layer, modules or ban pattern that matches no type, namespace or member of the compilation and its references, or a convention that selects no type of them. Off by default: one harness.rules serves every project, and a low project cannot see the layers above it. Raise it in the host project that references everything. Build-only.",
        isEnabledByDefault: false,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor ExternalType = Create(
        DiagnosticIds.ExternalType, Architecture, DiagnosticSeverity.Warning,
        "Layer uses an external type its external list does not allow",
        "'{0}' (layer {1}) uses '{2}', which belongs to no layer; {1} may use external {3} ({4}, layer {1}){5}",
        "A type of a layer whose 'external' key is given uses a type (or a member of one) that belongs to no layer and whose namespace matches none of the key's patterns. The types of C# keywords (int, string, object...), T?, T[], tuples and anonymous types are always allowed.");

    public static readonly DiagnosticDescriptor DuplicateMember = Create(
        DiagnosticIds.DuplicateMember, Redundancy, DiagnosticSeverity.Warning,
        "Member duplicates another member",
        "'{0}' has the same body as '{1}' ({2}), apart from layout, local names and literal values",
        "Two members have the same body after normalising layout, comments, names of locals and parameters, and literal values (clones of type 1 and 2), anywhere in the compilation. Keep one and call it from the other.");

    public static readonly DiagnosticDescriptor NearDuplicateMember = Create(
        DiagnosticIds.NearDuplicateMember, Redundancy, DiagnosticSeverity.Warning,
        "Member nearly duplicates another member",
        "'{0}' is {1} similar to '{2}' ({3}): extract the shared part",
        "Two members whose normalised bodies differ only by a few added, removed or changed statements (type-3 clones), at or above the [redundancy] similarity threshold.");

    public static readonly DiagnosticDescriptor DuplicatedBlock = Create(
        DiagnosticIds.DuplicatedBlock, Redundancy, DiagnosticSeverity.Warning,
        "Block of statements is duplicated",
        "{0} in '{1}' ({2}): extract the shared part into one method",
        "A run of consecutive statements (at least [redundancy] min_tokens tokens and block_statements statements) that appears earlier, inside the same member or another; reported once, at the later copy.");

    public static readonly DiagnosticDescriptor IdenticalBranches = Create(
        DiagnosticIds.IdenticalBranches, Redundancy, DiagnosticSeverity.Warning,
        "Branches are identical",
        "This {0} is identical to the one at line {1}: merge them, or make the copy do what it was meant to",
        "A branch of an if/else-if chain (the final else included), a section of a switch statement, an arm of a switch expression or the false branch of a conditional expression that is the same code, apart from layout and comments, as an earlier one of the same decision: usually a copy that was meant to change, or a condition that no longer matters.");

    public static readonly DiagnosticDescriptor VersionedTwin = Create(
        DiagnosticIds.VersionedTwin, Redundancy, DiagnosticSeverity.Warning,
        "Rewrite left beside its original",
        "'{0}' is a rewrite of '{1}' ({2} similar) left beside it: keep one",
        "A member named like another plus a suffix such as V2, New or Old, with a similar body: the original was left behind by a rewrite.");

    public static readonly DiagnosticDescriptor GeneratorPlaceholder = Create(
        DiagnosticIds.GeneratorPlaceholder, Redundancy, DiagnosticSeverity.Warning,
        "Placeholder where code is missing",
        "'{0}' is a placeholder: the code it stands for is missing",
        "A comment such as '// ... existing code ...', '// rest of the method remains unchanged' or '// TODO: implement', or a member whose whole body is 'throw new NotImplementedException()', marks code that was left out or never written, typically by a code generator. A NotImplementedException thrown from a default arm or a guard is defensive code and is not reported.");

    public static readonly DiagnosticDescriptor NameConvention = Create(
        DiagnosticIds.NameConvention, Conventions, DiagnosticSeverity.Warning,
        "Type name breaks a convention",
        "'{0}' is named {1}; convention {2} requires a name like {3} ({4}, convention {2}){5}",
        "A [convention] section of harness.rules selects this type, and its simple name (without generic arity) matches none of the convention's 'name' patterns.");

    public static readonly DiagnosticDescriptor PlacementConvention = Create(
        DiagnosticIds.PlacementConvention, Conventions, DiagnosticSeverity.Warning,
        "Type is placed against a convention",
        "'{0}' is in {1}; convention {2} requires {3} ({4}, convention {2}){5}",
        "A [convention] section of harness.rules selects this type, and the type is not in one of the convention's 'layer' layers, or its namespace matches none of its 'namespace' patterns.");

    public static readonly DiagnosticDescriptor ModifierConvention = Create(
        DiagnosticIds.ModifierConvention, Conventions, DiagnosticSeverity.Warning,
        "Type modifiers break a convention",
        "'{0}' is {1}; convention {2} {3} ({4}, convention {2}){5}",
        "A [convention] section of harness.rules selects this type, and the type lacks a modifier its 'modifiers' requires, or has one its 'forbidden_modifiers' forbids. A modifier that cannot apply to the kind of type (sealed on a struct or an abstract class, readonly on a class) is not checked.");

    /// <summary>The diagnostics that are findings in code (not in a rules file's syntax), which a baseline can accept.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> Findings = ImmutableArray.Create(
        LayerDependency, ModuleDependency, BannedApi, LayerCycle, UnmatchedRule, ExternalType,
        DuplicateMember, NearDuplicateMember, DuplicatedBlock, IdenticalBranches, VersionedTwin, GeneratorPlaceholder,
        NameConvention, PlacementConvention, ModifierConvention);

    private static DiagnosticDescriptor Create(
        string id, string category, DiagnosticSeverity severity, string title, string message, string description,
        params string[] customTags)
        => Create(id, category, severity, title, message, description, isEnabledByDefault: true, customTags);

    private static DiagnosticDescriptor Create(
        string id, string category, DiagnosticSeverity severity, string title, string message, string description,
        bool isEnabledByDefault, params string[] customTags)
        => new(id, title, message, category, severity, isEnabledByDefault, description, HelpLinkBase + id + ".md", customTags);
}
