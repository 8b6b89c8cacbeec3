using System.Collections.Generic;
using System.Linq;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Architecture;

/// <summary>HAR1002: code of one module uses another module of the same [modules] rule.</summary>
internal sealed class ModuleDependencyRule : IUseRule
{
    private readonly ArchitectureModel _model;

    public ModuleDependencyRule(ArchitectureModel model) => _model = model;

    public IEnumerable<int> InterestsIn(UseContext context, NameIndex index)
    {
        foreach (var pair in index.ModuleInterests)
        {
            var (rule, module) = pair.Key;
            var own = context.Facts.Modules[rule];
            if (own is not null && own != module && !_model.Modules[rule].MayUse.Contains(module))
            {
                yield return pair.Value;
            }
        }
    }

    public bool JudgesEveryName(UseContext context) => false;

    public bool MayCare(UseContext context, UseTarget target) => AreOtherModules(context, target.Facts);

    public bool MayCare(UseContext context, NamespaceFacts ns, int layer) => AreOtherModules(context, ns);

    public bool JudgesEachConstructor(INamedTypeSymbol type) => false;

    public void Check(UseSite use, List<Violation> violations)
    {
        for (var index = 0; index < _model.Modules.Length; index++)
        {
            var from = use.Context.Facts.Modules[index];
            var to = use.Target.Facts.Modules[index];
            var rule = _model.Modules[index];
            if (from is null || to is null || from == to || rule.MayUse.Contains(to))
            {
                continue;
            }

            var except = rule.MayUse.IsEmpty ? string.Empty : ", except " + string.Join(", ", rule.MayUse.OrderBy(m => m, System.StringComparer.Ordinal));
            violations.Add(new Violation(
                Descriptors.ModuleDependency,
                $"{Descriptors.ModuleDependency.Id}:{index}:{from}:{to}",
                new object[]
                {
                    use.ReferencingName, from, use.Target.Display, to, rule.Name, except,
                    rule.Declaration.Origin.FileName, BecauseText.Of(rule.Because),
                }));
        }
    }

    /// <summary>Whether the code and what it uses are in different modules of some [modules] rule, allowed or not: a cheap first test.</summary>
    private static bool AreOtherModules(UseContext context, NamespaceFacts facts)
    {
        for (var rule = 0; rule < context.Facts.Modules.Length; rule++)
        {
            if (context.Facts.Modules[rule] is { } from && facts.Modules[rule] is { } to && from != to)
            {
                return true;
            }
        }

        return false;
    }
}
