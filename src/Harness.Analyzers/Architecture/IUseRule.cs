using System.Collections.Generic;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Architecture;

/// <summary>
/// A rule judged at every use site. Besides judging a use, each rule states which uses it could care about: the
/// pre-filters (the name index's interests, <see cref="ArchitectureState.MayViolate(UseContext, UseTarget)"/> and
/// its using-directive variant) ask every rule of <see cref="ArchitectureState.Rules"/>, so a rule left out of them
/// cannot be silently filtered out. Each answer may be looser than <see cref="Check"/>, never stricter.
/// </summary>
internal interface IUseRule
{
    /// <summary>
    /// For code standing in this context, the name-index interests (<see cref="NameIndex"/>: layers, ban scopes,
    /// modules) whose names this rule could report; computed once per namespace.
    /// </summary>
    IEnumerable<int> InterestsIn(UseContext context, NameIndex index);

    /// <summary>Whether in this context any name may matter to this rule, indexed or not: then every name is judged.</summary>
    bool JudgesEveryName(UseContext context);

    /// <summary>A cheap test, before any allocation, of whether this rule could report a use of the target here.</summary>
    bool MayCare(UseContext context, UseTarget target);

    /// <summary>
    /// The same for a namespace known by name only, as a using directive names it, with its facts and layer:
    /// spares binding the directive when no rule can care.
    /// </summary>
    bool MayCare(UseContext context, NamespaceFacts ns, int layer);

    /// <summary>
    /// Whether which constructor of this type a <c>: base(...)</c> calls can change this rule's verdict (a ban of one
    /// constructor): then the call is bound; otherwise every constructor is judged as its type. A <c>new</c> is always
    /// bound, to the constructor it calls.
    /// </summary>
    bool JudgesEachConstructor(INamedTypeSymbol type);

    void Check(UseSite use, List<Violation> violations);
}
