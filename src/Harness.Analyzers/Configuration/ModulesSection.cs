using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Harness.Analyzers.Configuration;

/// <summary><c>[modules NAME]</c>: independent modules found by a <c>{module}</c> pattern (<see cref="ModulesRule"/>).</summary>
internal sealed class ModulesSection : SectionKind
{
    public static readonly ModulesSection Instance = new();

    private ModulesSection()
    {
    }

    public override string Keyword => "modules";

    public override ImmutableArray<SectionSchema.Key> Keys { get; } = ImmutableArray.Create(
        new SectionSchema.Key("namespaces", ParseModulePattern, IsPattern: true),
        new SectionSchema.Key("may_use", SectionSchema.ParseNames),
        new SectionSchema.Key("because", SectionSchema.ParseText));

    public override HarnessRules Build(HarnessRules rules, IReadOnlyList<MergedSection> sections, RulesBuild build)
    {
        var modules = ImmutableArray.CreateBuilder<ModulesRule>();
        foreach (var section in sections)
        {
            var pattern = section.Get<ImmutableArray<NamespacePattern>?>("namespaces");
            if (pattern is null)
            {
                build.ReportMissing(section, "namespaces", "namespaces");
                continue;
            }

            var mayUse = section.Get<NameList>("may_use")?.Names ?? ImmutableArray<string>.Empty;
            modules.Add(new ModulesRule(
                section.Name,
                pattern.Value[0],
                mayUse.ToImmutableHashSet(StringComparer.Ordinal),
                section.Get<string>("because"),
                section.SpanOf("namespaces")!));
        }

        return rules with { Modules = modules.ToImmutable() };
    }

    private static object? ParseModulePattern(string value, out string error)
    {
        var patterns = (ImmutableArray<NamespacePattern>?)SectionSchema.ParsePatterns(value, allowCapture: true, out error);
        if (patterns is { Length: > 1 })
        {
            error = "a modules section takes one pattern";
            return null;
        }

        return patterns;
    }
}
