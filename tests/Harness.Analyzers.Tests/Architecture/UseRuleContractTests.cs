using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Harness.Analyzers.Architecture;
using Harness.Analyzers.Configuration;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Harness.Analyzers.Tests.Architecture;

/// <summary>
/// The pre-filters ask the rules (<see cref="IUseRule"/>) which uses they could care about, and skip the rest: an
/// answer stricter than the rule's own <see cref="IUseRule.Check"/> would hide its findings. Every use in a project
/// that breaks each rule is checked against every rule's answers.
/// </summary>
public class UseRuleContractTests
{
    private const string Rules = """
        root = true

        [layer domain]
        namespaces = Shop.Domain.**
        may_use    = nothing
        external   = System.Collections.Generic

        [layer application]
        namespaces = Shop.Application.**
        may_use    = domain, infrastructure

        [layer infrastructure]
        namespaces = Shop.Infrastructure.**
        may_use    = application, domain

        [modules features]
        namespaces = Shop.Application.{module}.**

        [ban *]
        M:System.Console.WriteLine = use a logger
        """;

    private const string Code = """
        using System.Collections.Generic;

        namespace Shop.Infrastructure
        {
            public class Store { public void Save() { } }
        }

        namespace Shop.Application.Orders
        {
            public class Orders { public void Place(Shop.Infrastructure.Store store) { store.Save(); } }
        }

        namespace Shop.Application.Billing
        {
            public class Bill { public void Pay(Shop.Application.Orders.Orders orders) { System.Console.WriteLine(); } }
        }

        namespace Shop.Domain
        {
            public class Order
            {
                public List<int> Lines { get; } = new List<int>();
                public System.Text.StringBuilder Text() => new System.Text.StringBuilder();
                public void Use(Shop.Infrastructure.Store store) { store.Save(); }
            }
        }
        """;

    [Fact]
    public void Every_use_a_rule_checks_positively_passes_its_pre_filters()
    {
        var tree = TestProject.Parse("/repo/src/File0.cs", Code);
        var compilation = TestProject.Compile("Shop", [tree]);
        var rules = RulesText.Merge(Rules);
        var state = new ArchitectureState(new ArchitectureModel(rules, "Shop"), compilation);
        var index = state.IndexFor(CancellationToken.None);
        var model = compilation.GetSemanticModel(tree);
        var watched = new SortedSet<string>();

        foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
        {
            // A namespace is judged where a using directive names it, which MayViolate(context, name) filters; not here.
            if (model.GetSymbolInfo(name).Symbol is not { } symbol || symbol is INamespaceSymbol || state.TargetOf(symbol) is not { } target)
            {
                continue;
            }

            var context = state.ContextOf(name.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString() ?? string.Empty, index);
            foreach (var rule in state.Rules)
            {
                var violations = new List<Violation>();
                rule.Check(new UseSite(name, context, target, () => "C"), violations);
                foreach (var violation in violations)
                {
                    var at = $"{violation.Descriptor.Id} {name.Identifier.ValueText}";
                    watched.Add(at);
                    Assert.True(rule.MayCare(context, target), at + ": MayCare");
                    Assert.True(state.MayViolate(context, target), at + ": MayViolate");
                    Assert.True(context.IsRelevant(index.InterestsOf(name.Identifier.ValueText)), at + ": InterestsIn");
                }
            }
        }

        // The rules the project breaks, each at least once: the assertions above are made for every rule.
        Assert.Equal(
            ["HAR1001 Save", "HAR1001 Store", "HAR1002 Orders", "HAR1003 WriteLine", "HAR1006 StringBuilder"],
            watched);
    }
}
