using System.Collections.Generic;
using System.Linq;
using Harness.Analyzers.Configuration;

namespace Harness.Analyzers.Architecture;

/// <summary>HAR1002: code of one module uses another module of the same [modules] rule.</summary>
internal sealed class ModuleDependencyRule : IUseRule
{
    private readonly ArchitectureModel _model;

    public ModuleDependencyRule(ArchitectureModel model) => _model = model;

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
}
