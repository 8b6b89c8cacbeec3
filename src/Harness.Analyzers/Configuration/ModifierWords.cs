using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Configuration;

/// <summary>How modifiers are written: the words of <c>modifiers</c> and messages, in C#'s usual order.</summary>
internal static class ModifierWords
{
    public static readonly ImmutableArray<(TypeModifiers Modifier, string Word)> All = ImmutableArray.Create(
        (TypeModifiers.Public, "public"),
        (TypeModifiers.Internal, "internal"),
        (TypeModifiers.Static, "static"),
        (TypeModifiers.Abstract, "abstract"),
        (TypeModifiers.Sealed, "sealed"),
        (TypeModifiers.Readonly, "readonly"),
        (TypeModifiers.Partial, "partial"),
        (TypeModifiers.Record, "record"));

    public static TypeModifiers Parse(string word)
    {
        foreach (var (modifier, text) in All)
        {
            if (string.Equals(text, word, StringComparison.OrdinalIgnoreCase))
            {
                return modifier;
            }
        }

        return TypeModifiers.None;
    }

    /// <summary>The word of one modifier.</summary>
    public static string Word(TypeModifiers modifier) => All.First(m => m.Modifier == modifier).Word;

    /// <summary>The words of a set of modifiers, in C#'s usual order.</summary>
    public static List<string> Words(TypeModifiers modifiers) =>
        All.Where(m => (modifiers & m.Modifier) != 0).Select(m => m.Word).ToList();
}
