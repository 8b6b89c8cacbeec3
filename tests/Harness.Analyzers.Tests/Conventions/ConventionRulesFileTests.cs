using System.Linq;
using System.Threading.Tasks;
using Harness.Analyzers.Configuration;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Harness.Analyzers.Tests.Conventions;

/// <summary>The <c>[convention NAME]</c> section: its keys, their values, and what is reported at which line when they are wrong.</summary>
public class ConventionRulesFileTests
{
    private const string Code = "namespace Shop.Domain { public class Order { } }";

    [Fact]
    public void Every_key_is_read_into_the_merged_rules()
    {
        var rules = Load("""
            [layer domain]
            namespaces = Shop.Domain.**

            [layer infrastructure]
            namespaces = Shop.Infrastructure.**

            [convention repositories]
            where_name          = *Repository, *Store
            where_namespace     = Shop.**
            where_layer         = Infrastructure
            where_implements    = **.IRepository, Shop.Domain.IStore<T>
            where_inherits      = Shop.Infrastructure.RepositoryBase
            where_attribute     = Shop.Registered
            where_kind          = class, RECORD
            name                = *Repository, Sql*
            layer               = infrastructure
            namespace           = Shop.Infrastructure.**
            modifiers           = sealed, internal
            forbidden_modifiers = static, public
            because             = one place to find them
            """);

        Assert.Empty(rules.Problems);
        var convention = Assert.Single(rules.Conventions);
        Assert.Equal("repositories", convention.Name);
        Assert.Equal(new[] { "*Repository", "*Store" }, convention.Where.Names!.Value.Select(p => p.Text));
        Assert.Equal("Shop.**", Assert.Single(convention.Where.Namespaces!.Value).Text);
        Assert.Equal("infrastructure", Assert.Single(convention.Where.Layers!.Value));
        Assert.Equal(new[] { "**.IRepository", "Shop.Domain.IStore<T>" }, convention.Where.Implements!.Value.Select(p => p.Text));
        Assert.Equal("Shop.Infrastructure.RepositoryBase", Assert.Single(convention.Where.Inherits!.Value).Text);
        Assert.Equal("Shop.Registered", Assert.Single(convention.Where.Attributes!.Value).Text);
        Assert.Equal(TypeKinds.Class | TypeKinds.Record, convention.Where.Kinds);
        Assert.Equal("Sql*", convention.RequiredNames!.Value[1].Text);
        Assert.Equal("infrastructure", Assert.Single(convention.RequiredLayers!.Value));
        Assert.Equal("Shop.Infrastructure.**", Assert.Single(convention.RequiredNamespaces!.Value).Text);
        Assert.Equal(TypeModifiers.Sealed | TypeModifiers.Internal, convention.Modifiers);
        Assert.Equal(TypeModifiers.Static | TypeModifiers.Public, convention.ForbiddenModifiers);
        Assert.Equal("one place to find them", convention.Because);
    }

    [Fact]
    public void A_later_file_overrides_a_key_of_a_convention()
    {
        var pack = ("/packs/Team.harness.rules", "[convention handlers]\nwhere_name = *Handler\nmodifiers = sealed\nbecause = pack\n");
        var repository = ("/repo/harness.rules", "[convention Handlers]\nmodifiers = internal\n");
        var rules = RulesMerger.Merge(new[] { pack, repository }.Select(f => (new RuleOrigin(f.Item1, SourceText.From(f.Item2)), RulesFileParser.Parse(SourceText.From(f.Item2)))));

        var convention = Assert.Single(rules.Conventions);
        Assert.Equal(TypeModifiers.Internal, convention.Modifiers);
        Assert.Equal("*Handler", Assert.Single(convention.Where.Names!.Value).Text);
        Assert.Equal("harness.rules", convention.LineOf("modifiers").Origin.FileName);
        Assert.Equal("Team.harness.rules", convention.LineOf("because").Origin.FileName);
    }

    [Fact]
    public Task Each_bad_line_is_reported_at_that_line()
    {
        var rules = """
            [layer domain]
            namespaces = Shop.Domain.**

            [convention repositories]
            {|HAR0003:where_type = class|}
            {|HAR0006:where_name = *Repo.sitory|}
            {|HAR0006:where_namespace = Shop..Bad|}
            {|HAR0005:where_layer = domain, infrastucture|}
            {|HAR0006:where_implements = **.I-Repository|}
            {|HAR0004:where_kind = class, module|}
            {|HAR0006:name = Repository?|}
            {|HAR0005:layer = infrastucture|}
            {|HAR0004:modifiers = sealed, final|}
            {|HAR0004:forbidden_modifiers = public, internal|}
            {|HAR0004:because =|}
            where_kind = class

            {|HAR0008:[convention nothing-selected]|}
            name = *Handler

            {|HAR0008:[convention nothing-required]|}
            where_name = *Handler

            [convention rejected-selector]
            {|HAR0006:where_name = Bad.Name|}
            modifiers = sealed

            [convention both]
            where_name = *Handler
            modifiers = sealed, internal
            {|HAR0004:forbidden_modifiers = sealed, static|}

            {|HAR0001:[convention]|}
            """;
        return RulesTest.Create(rules, Code).RunAsync();
    }

    [Fact]
    public Task The_messages_say_what_was_expected()
    {
        var rules = """
            [convention handlers]
            {|#0:where_kind = module|}
            {|#1:modifiers = final|}
            {|#2:wher_name = *Handler|}
            where_name = *Handler
            {|#3:forbidden_modifiers = public, sealed|}
            modifiers = public

            {|#4:[convention empty]|}
            because = nothing else

            {|#5:[conventions typo]|}
            """;
        var test = RulesTest.Create(rules, Code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR0004").AtMarker(0)
            .WithMessage("Invalid value 'module' for 'where_kind' in [convention handlers]: 'module' is not a kind of type: expected a comma-separated list of class, record, struct, interface, enum, delegate"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR0004").AtMarker(1)
            .WithMessage("Invalid value 'final' for 'modifiers' in [convention handlers]: 'final' is not a type modifier: expected a comma-separated list of public, internal, static, abstract, sealed, readonly, partial, record"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR0003").AtMarker(2)
            .WithMessage("Unknown key 'wher_name' in [convention handlers]: expected where_name, where_namespace, where_layer, where_implements, where_inherits, where_attribute, where_kind, name, layer, namespace, modifiers, forbidden_modifiers, because"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR0004").AtMarker(3)
            .WithMessage("Invalid value 'public, sealed' for 'forbidden_modifiers' in [convention handlers]: public is required by 'modifiers' too"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR0008").AtMarker(4)
            .WithMessage("[convention empty] needs 'where_name', 'where_namespace', 'where_layer', 'where_implements', 'where_inherits', 'where_attribute' or 'where_kind'"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR0002").AtMarker(5)
            .WithMessage("Unknown section '[conventions typo]': expected [layer NAME], [modules NAME], [ban SCOPE], [redundancy] or [convention NAME]"));
        return test.RunAsync();
    }

    [Fact]
    public void Values_that_are_dropped_leave_the_rest_of_the_convention_in_force()
    {
        var rules = Load("""
            [layer infrastructure]
            namespaces = Shop.Infrastructure.**

            [convention repositories]
            where_layer         = infrastucture, infrastructure
            layer               = infrastucture
            where_name          = *Repository
            modifiers           = sealed
            forbidden_modifiers = sealed, public
            """);

        var convention = Assert.Single(rules.Conventions);
        Assert.Equal("infrastructure", Assert.Single(convention.Where.Layers!.Value));
        Assert.Null(convention.RequiredLayers);
        Assert.Equal(TypeModifiers.Public, convention.ForbiddenModifiers);
        Assert.Equal(new[] { "HAR0004", "HAR0005", "HAR0005" }, rules.Problems.Select(p => p.Id).OrderBy(id => id, System.StringComparer.Ordinal));
    }

    private static HarnessRules Load(string text) =>
        RulesText.Merge(text);
}
