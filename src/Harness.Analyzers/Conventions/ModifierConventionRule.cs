using System;
using System.Collections.Immutable;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Conventions;

/// <summary>
/// HAR3003: a selected type that lacks a modifier the convention's <c>modifiers</c> requires, or has one its
/// <c>forbidden_modifiers</c> forbids; one finding per modifier, so that each has its fix. A modifier that cannot
/// apply to the kind of type (<c>sealed</c> on a struct, a static or an abstract class, <c>readonly</c> on a class) is
/// not checked.
/// </summary>
internal static class ModifierConventionRule
{
    /// <summary>The property that names the modifier for the code fix.</summary>
    public const string ModifierProperty = "HarnessModifier";

    /// <summary>The property that says whether the fix adds (<see cref="Add"/>) or removes (<see cref="Remove"/>) it.</summary>
    public const string ChangeProperty = "HarnessModifierChange";

    public const string Add = "add";
    public const string Remove = "remove";

    public static void Check(ConventionRule convention, ConventionType type, Location location, Action<Diagnostic> report)
    {
        if (convention.Modifiers == TypeModifiers.None && convention.ForbiddenModifiers == TypeModifiers.None)
        {
            return;
        }

        foreach (var (modifier, word) in ModifierWords.All)
        {
            var required = (convention.Modifiers & modifier) != 0;
            var forbidden = (convention.ForbiddenModifiers & modifier) != 0;
            if ((!required && !forbidden) || !AppliesTo(modifier, type.Symbol))
            {
                continue;
            }

            var has = Has(modifier, type.Symbol);
            if (required && !has)
            {
                Report(Add, "not " + word, "requires " + word, "modifiers");
            }
            else if (forbidden && has)
            {
                Report(Remove, word, "forbids " + word, "forbidden_modifiers");
            }

            void Report(string change, string actual, string rule, string key) =>
                report(Finding.Create(
                    Descriptors.ModifierConvention, location, null,
                    ImmutableDictionary<string, string?>.Empty.Add(ModifierProperty, word).Add(ChangeProperty, change),
                    type.Display, actual, convention.Name, rule, convention.LineOf(key).Origin.FileName, BecauseText.Of(convention.Because)));
        }
    }

    public static bool AppliesTo(TypeModifiers modifier, INamedTypeSymbol type) => modifier switch
    {
        TypeModifiers.Public or TypeModifiers.Internal => true,
        TypeModifiers.Sealed => type.TypeKind == TypeKind.Class && !type.IsStatic && !type.IsAbstract,
        TypeModifiers.Abstract => type.TypeKind == TypeKind.Class && !type.IsStatic,
        TypeModifiers.Static => type.TypeKind == TypeKind.Class,
        TypeModifiers.Partial => type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface,
        TypeModifiers.Readonly => type.TypeKind == TypeKind.Struct,
        TypeModifiers.Record => type.TypeKind is TypeKind.Class or TypeKind.Struct,
        _ => false,
    };

    public static bool Has(TypeModifiers modifier, INamedTypeSymbol type) => modifier switch
    {
        TypeModifiers.Public => type.DeclaredAccessibility == Accessibility.Public,
        TypeModifiers.Internal => type.DeclaredAccessibility == Accessibility.Internal,
        TypeModifiers.Sealed => type.IsSealed,
        TypeModifiers.Abstract => type.IsAbstract,
        TypeModifiers.Static => type.IsStatic,
        TypeModifiers.Readonly => type.IsReadOnly,
        TypeModifiers.Record => type.IsRecord,
        TypeModifiers.Partial => IsDeclaredPartial(type),
        _ => false,
    };

    /// <summary>Read from the declarations' syntax (already parsed; nothing is bound).</summary>
    private static bool IsDeclaredPartial(INamedTypeSymbol type)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return true;
            }
        }

        return false;
    }
}
