using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>
/// Changes literal values while keeping the code compiling: numbers all move up by the same amount (which keeps
/// switch labels distinct and range patterns in order, and never makes a zero divisor), words and characters are
/// swapped for others one-to-one. Format strings are left alone.
/// </summary>
internal sealed class LiteralChanger : CSharpSyntaxRewriter
{
    private static readonly string[] NewWords =
    {
        "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa",
    };

    private static readonly char[] NewCharacters = { '~', '^', '_', '!', '@', '+', '=', '<', '>', '?' };

    private readonly int _shift;
    private readonly Dictionary<string, string> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<char, char> _characters = new();
    private int _changed;

    private LiteralChanger(int shift) => _shift = shift;

    public static MethodDeclarationSyntax Change(MethodDeclarationSyntax method, Random random, out int changed)
    {
        var changer = new LiteralChanger(1 + random.Next(9));
        var result = (MethodDeclarationSyntax)changer.Visit(method);
        changed = changer._changed;
        return result;
    }

    public override SyntaxToken VisitToken(SyntaxToken token)
    {
        var replacement = token.Kind() switch
        {
            SyntaxKind.NumericLiteralToken => Number(token),
            SyntaxKind.StringLiteralToken when IsWord(token.ValueText) => SyntaxFactory.Literal(Word(token.ValueText)),
            SyntaxKind.CharacterLiteralToken => SyntaxFactory.Literal(Character((char)token.Value!)),
            _ => default,
        };

        if (replacement.RawKind == 0)
        {
            return base.VisitToken(token);
        }

        _changed++;
        return replacement.WithLeadingTrivia(token.LeadingTrivia).WithTrailingTrivia(token.TrailingTrivia);
    }

    /// <summary>Keeps the literal's type: the text is written so that it parses back as the same kind of number.</summary>
    private SyntaxToken Number(SyntaxToken token) => token.Value switch
    {
        int value => SyntaxFactory.Literal(value + _shift),
        decimal value => SyntaxFactory.Literal((value + _shift).ToString(CultureInfo.InvariantCulture) + "m", value + _shift),
        double value => SyntaxFactory.Literal((value + _shift).ToString("0.0###", CultureInfo.InvariantCulture), value + _shift),
        _ => default,
    };

    private static bool IsWord(string value) => value.Length > 0 && value.All(c => char.IsLetter(c) || c == ' ');

    private string Word(string value)
    {
        if (!_words.TryGetValue(value, out var word))
        {
            word = _words.Count < NewWords.Length ? NewWords[_words.Count] : NewWords[_words.Count % NewWords.Length] + _words.Count.ToString(CultureInfo.InvariantCulture);
            _words.Add(value, word);
        }

        return word;
    }

    private char Character(char value)
    {
        if (!_characters.TryGetValue(value, out var character))
        {
            character = NewCharacters[_characters.Count % NewCharacters.Length];
            _characters.Add(value, character);
        }

        return character;
    }
}
