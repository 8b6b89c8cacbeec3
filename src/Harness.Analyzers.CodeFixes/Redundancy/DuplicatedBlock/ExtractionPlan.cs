using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>The method to create: which occurrences call it, its parameters, locals, return value and static-ness.</summary>
internal sealed class ExtractionPlan
{
    /// <summary>Values passed out beyond which a promise is made for all of them at once: each set of them costs a compile.</summary>
    private const int MaxValuesPromisedApart = 3;

    private ExtractionPlan(
        List<BlockOccurrence> occurrences, bool isStatic, List<ExtractedParameter> parameters, List<ISymbol> locals, ISymbol? output,
        MemberDeclarationSyntax insertAfter, BlockComments commentPlacement)
    {
        CommentPlacement = commentPlacement;
        Occurrences = occurrences;
        IsStatic = isStatic;
        Parameters = parameters;
        Locals = locals;
        Output = output;
        InsertAfter = insertAfter;
    }

    /// <summary>In source order; the first is the canonical one, whose text and names the new method takes.</summary>
    public List<BlockOccurrence> Occurrences { get; }

    public BlockOccurrence Canonical => Occurrences[0];

    public bool IsStatic { get; }

    /// <summary>In order of first appearance in the block.</summary>
    public List<ExtractedParameter> Parameters { get; }

    /// <summary>Variables declared outside the block that it only uses internally: locals of the new method.</summary>
    public List<ISymbol> Locals { get; }

    /// <summary>The canonical occurrence's variable whose value the method returns.</summary>
    public ISymbol? Output { get; }

    /// <summary>The canonical occurrence's variables whose values flow out through parameters passed by reference.</summary>
    public IReadOnlyList<ReferenceOutput> ReferenceOutputs => Canonical.Flow.ReferenceOutputs;

    /// <summary>How the canonical occurrence leaves the code around it; every occurrence leaves the same way.</summary>
    public BlockExit Exit => Canonical.Flow.Exit;

    /// <summary>Which comments inside the copies the new method holds, and which stay at the calls.</summary>
    public BlockComments CommentPlacement { get; }

    /// <summary>The member of the type that holds the canonical occurrence; the new method goes after it.</summary>
    public MemberDeclarationSyntax InsertAfter { get; }

    /// <summary>An occurrence is in another type than the canonical one: the method is <c>internal</c>, and called through its type's name.</summary>
    public bool CalledFromOtherTypes => Occurrences.Any(IsInOtherType);

    /// <summary>Whether the occurrence is in another type than the one that gets the method.</summary>
    public bool IsInOtherType(BlockOccurrence occurrence) =>
        !SymbolEqualityComparer.Default.Equals(occurrence.Flow.ContainingType, Canonical.Flow.ContainingType);

    public static ExtractionPlan? Create(BlockOccurrence first, BlockOccurrence second, IEnumerable<BlockOccurrence> extras, CancellationToken cancellationToken)
    {
        var required = new[] { first, second };
        var needsInstance = first.Flow.NeedsInstance || second.Flow.NeedsInstance;
        if (needsInstance && (first.Flow.ContainingType.TypeKind != TypeKind.Class || required.Any(o => o.Flow.InStaticContext)))
        {
            return null;
        }

        // A further copy that needs `this` where there is none stays as it is.
        var all = required.Concat(extras.Where(e => !(needsInstance && e.Flow.InStaticContext))).ToList();
        if (!MatchAll(first, all) || !TryUniteOutputs(all, cancellationToken))
        {
            return null;
        }

        (first, second) = (all[0], all[1]);
        if (!MatchAll(first, all) || !TryAgreeOnOutput(first, second, all, out var outputInFirst) || !TryAgreeOnExit(first, second, all))
        {
            return null;
        }

        all.Sort((x, y) => StatementRun.Compare(x.Run, y.Run));

        // From here on, in the canonical occurrence's terms.
        if (!MatchAll(all[0], all) || DiffersInStopValue(all) || BlockComments.Create(all) is not { } comments)
        {
            return null;
        }

        var output = outputInFirst is null ? null : first.Match.ToCanonical[outputInFirst];
        return Build(all, needsInstance, output, comments);
    }

    /// <summary>Maps every occurrence's variables to <paramref name="canonical"/>'s; false if one is no clone of it.</summary>
    private static bool MatchAll(BlockOccurrence canonical, List<BlockOccurrence> occurrences)
    {
        foreach (var occurrence in occurrences)
        {
            occurrence.Match = BlockCloneMatch.Match(canonical.Symbols, occurrence.Symbols)!;
            if (occurrence.Match is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// When the two required occurrences (the first two of <paramref name="all"/>) differ in which variables flow out,
    /// every occurrence passes out all those variables (its own): a value one copy's code does not read after it is
    /// passed out and left unread. False when a required occurrence cannot pass one out; a further copy that cannot
    /// is dropped.
    /// </summary>
    private static bool TryUniteOutputs(List<BlockOccurrence> all, CancellationToken cancellationToken)
    {
        static HashSet<ISymbol> OutputsOf(BlockOccurrence occurrence) => new(
            occurrence.Flow.ReferenceOutputs.Select(r => r.Variable).Concat(occurrence.Flow.Output is { } o ? new[] { o } : Enumerable.Empty<ISymbol>())
                .Select(v => occurrence.Match.ToCanonical[v]),
            SymbolEqualityComparer.Default);
        var union = OutputsOf(all[0]);
        if (union.SetEquals(OutputsOf(all[1])))
        {
            return true;
        }

        union.UnionWith(OutputsOf(all[1]));
        for (var i = all.Count - 1; i >= 0; i--)
        {
            var occurrence = all[i];
            var united = OutputsOf(occurrence).SetEquals(union)
                ? occurrence
                : occurrence.PassingOut(union.Select(v => occurrence.Match.FromCanonical[v]), cancellationToken);
            if (united is null && i < 2)
            {
                return false;
            }

            if (united is null)
            {
                all.RemoveAt(i);
            }
            else
            {
                all[i] = united;
            }
        }

        return true;
    }

    /// <summary>
    /// The one variable whose value flows out, in the first occurrence's terms: both required occurrences agree on it
    /// (false if not); a further copy that needs another one is dropped from <paramref name="all"/>.
    /// </summary>
    private static bool TryAgreeOnOutput(BlockOccurrence first, BlockOccurrence second, List<BlockOccurrence> all, out ISymbol? output)
    {
        static ISymbol? OutputOf(BlockOccurrence occurrence) => occurrence.Flow.Output is { } o ? occurrence.Match.ToCanonical[o] : null;
        output = OutputOf(first) ?? OutputOf(second);
        if (OutputOf(second) is { } other && !SymbolEqualityComparer.Default.Equals(other, output))
        {
            return false;
        }

        var agreed = output;
        var passed = PassedByReference(first);
        all.RemoveAll(o => (OutputOf(o) is { } mine && !SymbolEqualityComparer.Default.Equals(mine, agreed)) || !SamePassing(PassedByReference(o), passed));
        return SamePassing(PassedByReference(second), passed);
    }

    /// <summary>The variables an occurrence passes by reference, in the first occurrence's terms, each with how it is passed.</summary>
    private static Dictionary<ISymbol, RefKind> PassedByReference(BlockOccurrence occurrence) =>
        occurrence.Flow.ReferenceOutputs.ToDictionary(r => occurrence.Match.ToCanonical[r.Variable], r => r.Kind, SymbolEqualityComparer.Default);

    private static bool SamePassing(Dictionary<ISymbol, RefKind> x, Dictionary<ISymbol, RefKind> y) =>
        x.Count == y.Count && x.All(pair => y.TryGetValue(pair.Key, out var kind) && kind == pair.Value);

    /// <summary>
    /// Both required occurrences leave the same way (for a tail, from methods of one return type); a further copy
    /// that does not is dropped from <paramref name="all"/>.
    /// </summary>
    private static bool TryAgreeOnExit(BlockOccurrence first, BlockOccurrence second, List<BlockOccurrence> all)
    {
        static bool Same(BlockExit x, BlockExit y) =>
            x.Kind == y.Kind && (x.Kind != BlockExitKind.Tail || SymbolEqualityComparer.IncludeNullability.Equals(x.ReturnType, y.ReturnType));
        all.RemoveAll(o => !Same(o.Flow.Exit, first.Flow.Exit));
        return Same(first.Flow.Exit, second.Flow.Exit);
    }

    /// <summary>
    /// A guard's returned constant differs between the copies: each call returns its own, so it cannot also become a
    /// parameter.
    /// </summary>
    private static bool DiffersInStopValue(List<BlockOccurrence> all)
    {
        var canonical = all[0];
        var returns = canonical.Flow.Exit.Kind == BlockExitKind.Guard ? canonical.Flow.Exit.Returns : ImmutableArray<ReturnStatementSyntax>.Empty;
        return all.SelectMany(o => o.Match.DifferentLiterals)
            .Any(index => canonical.Symbols.Tokens[index].Token.Parent!.Ancestors().Any(a => a is ReturnStatementSyntax r && returns.Contains(r)));
    }

    /// <summary>The signature, in the canonical occurrence's terms: parameters (variables that flow in, then differing literals), locals, return value.</summary>
    private static ExtractionPlan? Build(List<BlockOccurrence> all, bool needsInstance, ISymbol? output, BlockComments comments)
    {
        var canonical = all[0];
        var inputs = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var occurrence in all)
        {
            foreach (var input in occurrence.Flow.Inputs)
            {
                inputs.Add(occurrence.Match.ToCanonical[input]);
            }
        }

        var outer = new HashSet<ISymbol>(canonical.Flow.OuterVariables, SymbolEqualityComparer.Default);
        var passed = canonical.Flow.ReferenceOutputs;
        outer.ExceptWith(passed.Select(r => r.Variable));
        var order = canonical.Symbols.Variables.ToList();
        var locals = order.Where(v => outer.Contains(v) && !inputs.Contains(v)).ToList();
        if (!inputs.All(order.Contains) || (output is not null && !order.Contains(output, SymbolEqualityComparer.Default)))
        {
            return null;
        }

        // Parameters passed by reference come last, as out parameters usually do.
        var parameters = order.Where(inputs.Contains)
            .Select(v =>
            {
                var (type, disallowNull) = ParameterType(v, all);
                return new ExtractedParameter(v.Name, type, v, null, FirstUse(canonical, v), disallowNull: disallowNull);
            })
            .Concat(passed.Select(r => new ExtractedParameter(
                r.Variable.Name, BlockCloneMatch.TypeOf(r.Variable)!, r.Variable, null, canonical.Symbols.Tokens.Count + FirstUse(canonical, r.Variable), r)))
            .ToList();
        if (!AddLiterals(all, parameters, locals))
        {
            return null;
        }

        parameters.Sort((x, y) => x.Position.CompareTo(y.Position));
        var typeDeclaration = canonical.Run.Container.Ancestors().OfType<TypeDeclarationSyntax>().First();
        var insertAfter = canonical.Run.Container.Ancestors().OfType<MemberDeclarationSyntax>().First(m => m.Parent == typeDeclaration);
        return new ExtractionPlan(all, !needsInstance, parameters, locals, output, insertAfter, comments);
    }

    /// <summary>
    /// What the new method's signature tells the code after a call about the nullable references it passes out, to try
    /// best first; the compiler checks every promise (a warning, and the fix tries the next). The copy may have told the
    /// code after it that they are not null (<c>var x = s.Trim();</c>, a check that throws, or a callee's
    /// <c>TryX(out var x)</c>): an <c>out</c> parameter declared without the annotation keeps that wherever the method
    /// assigns no null; <c>[NotNull]</c> where it may assign null but ends with none; in a guard, <c>[NotNullWhen(true)]</c>
    /// once the call says to go on. Each promise is tried for every such value first, then (for a few values) for
    /// fewer of them: a copy may end with one value known not null and another that may be null.
    /// </summary>
    public IEnumerable<OutPromise> OutPromises()
    {
        var nullable = ReferenceOutputs.Where(r => IsNullableReference(BlockCloneMatch.TypeOf(r.Variable)!)).ToList();
        var outs = nullable.Where(r => r.Kind == RefKind.Out).ToList();
        foreach (var promised in Subsets(outs))
        {
            yield return new OutPromise(null, whenTrue: false, outParametersNotNull: true, promised);
        }

        var compilation = Canonical.Run.Model.Compilation;
        if (compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullAttribute") is { } notNull)
        {
            foreach (var promised in Subsets(nullable))
            {
                yield return new OutPromise(notNull, whenTrue: false, outParametersNotNull: false, promised);
            }
        }

        if (Exit.Kind == BlockExitKind.Guard && nullable.Count > 0
            && compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute") is { } notNullWhen)
        {
            yield return new OutPromise(notNullWhen, whenTrue: true, outParametersNotNull: false);
        }

        yield return new OutPromise(null, whenTrue: false, outParametersNotNull: false);
    }

    /// <summary>
    /// The non-empty sets of <paramref name="outputs"/>' variables, the largest first (all of them alone when there are
    /// more than <see cref="MaxValuesPromisedApart"/>: each set costs a compile).
    /// </summary>
    private static IEnumerable<IReadOnlyCollection<ISymbol>> Subsets(List<ReferenceOutput> outputs)
    {
        var variables = outputs.Select(o => o.Variable).ToList();
        if (variables.Count > MaxValuesPromisedApart)
        {
            return new[] { variables };
        }

        return Enumerable.Range(1, (1 << variables.Count) - 1)
            .Select(mask => (IReadOnlyCollection<ISymbol>)variables.Where((_, i) => (mask & (1 << i)) != 0).ToList())
            .OrderByDescending(subset => subset.Count);
    }

    public static bool IsNullableReference(ITypeSymbol type) => type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated;

    /// <summary>Return types to try, best first: a nullable reference type is tried without its annotation first.</summary>
    public IEnumerable<ITypeSymbol?> ReturnTypeCandidates()
    {
        switch (Exit.Kind)
        {
            case BlockExitKind.Guard:
                yield return Canonical.Run.Model.Compilation.GetSpecialType(SpecialType.System_Boolean);
                yield break;
            case BlockExitKind.Tail:
                yield return Exit.ReturnType;
                yield break;
        }

        if (Output is null)
        {
            yield return null;
            yield break;
        }

        var type = BlockCloneMatch.TypeOf(Output)!;
        if (IsNullableReference(type))
        {
            yield return type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        }

        yield return type;
    }

    private static int FirstUse(BlockOccurrence occurrence, ISymbol variable)
    {
        for (var i = 0; i < occurrence.Symbols.Tokens.Count; i++)
        {
            if (occurrence.Symbols.Tokens[i].IsVariable && SymbolEqualityComparer.Default.Equals(occurrence.Symbols.Tokens[i].Symbol, variable))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>
    /// A parameter for each literal that differs between the copies, of the literal's own type (the same in every copy),
    /// named after the parameter it is passed to, else after its type. Not for literals inside a lambda, which could
    /// be an expression tree that a query provider reads.
    /// </summary>
    private static bool AddLiterals(List<BlockOccurrence> occurrences, List<ExtractedParameter> parameters, List<ISymbol> locals)
    {
        var canonical = occurrences[0];
        var taken = new HashSet<string>(canonical.Symbols.Tokens.Where(t => t.Token.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.Token.ValueText));
        taken.UnionWith(parameters.Select(p => p.Name));
        taken.UnionWith(locals.Select(l => l.Name));
        foreach (var index in occurrences.SelectMany(o => o.Match.DifferentLiterals).Distinct().OrderBy(i => i))
        {
            var literal = (LiteralExpressionSyntax)canonical.Symbols.Tokens[index].Token.Parent!;
            var type = canonical.Run.Model.GetTypeInfo(literal).Type;
            if (type is null || !BlockFlow.IsPlainType(type)
                || literal.Ancestors().TakeWhile(a => a != canonical.Run.Container).Any(a => a is AnonymousFunctionExpressionSyntax))
            {
                return false;
            }

            foreach (var occurrence in occurrences)
            {
                var other = (LiteralExpressionSyntax)occurrence.Symbols.Tokens[index].Token.Parent!;
                if (!SymbolEqualityComparer.Default.Equals(occurrence.Run.Model.GetTypeInfo(other).Type, type))
                {
                    return false;
                }
            }

            var stem = LiteralName(literal, type, canonical.Run.Model);
            var name = stem;
            for (var suffix = 2; !taken.Add(name); suffix++)
            {
                name = stem + suffix;
            }

            parameters.Add(new ExtractedParameter(name, type, null, index, index));
        }

        return true;
    }

    private static string LiteralName(LiteralExpressionSyntax literal, ITypeSymbol type, SemanticModel model)
    {
        if (literal.Parent is ArgumentSyntax argument && model.GetOperation(argument) is IArgumentOperation { Parameter: { } parameter }
            && parameter.Name.TrimStart('_') is { Length: > 0 } name)
        {
            return char.ToLowerInvariant(name[0]) + name.Substring(1);
        }

        return type.SpecialType switch
        {
            SpecialType.System_String => "text",
            SpecialType.System_Boolean => "flag",
            SpecialType.System_Char => "character",
            _ => "number",
        };
    }

    /// <summary>
    /// The variable's declared type; a nullable reference type loses its annotation when the variable is known not to be
    /// null where every occurrence first reads it (so the new method sees the same flow state). When the block also
    /// assigns it (a <c>TryX(out x)</c> may assign null), it keeps the annotation and gets <c>[DisallowNull]</c>
    /// instead, which starts it as not null in the new method just the same. A variable whose type differs between the
    /// copies gets the class they all derive from (<see cref="BlockCloneMatch.PassedOnAs"/>).
    /// </summary>
    private static (ITypeSymbol Type, bool DisallowNull) ParameterType(ISymbol parameter, List<BlockOccurrence> occurrences)
    {
        var type = occurrences.Select(o => o.Match.PassedOnAs.TryGetValue(parameter, out var passedOn) ? passedOn : null).FirstOrDefault(t => t is not null)
            ?? BlockCloneMatch.TypeOf(parameter)!;
        if (!IsNullableReference(type))
        {
            return (type, false);
        }

        foreach (var occurrence in occurrences)
        {
            var variable = occurrence.Match.FromCanonical[parameter];
            var firstUse = occurrence.Symbols.Tokens.FirstOrDefault(t => t.IsVariable && SymbolEqualityComparer.Default.Equals(t.Symbol, variable));
            if (firstUse.Token.Parent is not IdentifierNameSyntax name || BlockFlow.IsWritten(name)
                || occurrence.Run.Model.GetTypeInfo(name).Nullability.FlowState != NullableFlowState.NotNull)
            {
                return (type, false);
            }
        }

        var assigned = occurrences[0].Symbols.Tokens.Any(t => t.IsVariable && SymbolEqualityComparer.Default.Equals(t.Symbol, parameter)
            && t.Token.Parent is IdentifierNameSyntax name && BlockFlow.IsWritten(name));
        return assigned ? (type, true) : (type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), false);
    }
}
