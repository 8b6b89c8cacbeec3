using System;
using System.Collections.Generic;
using System.Linq;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>
/// The state of one method body being generated: where text goes, which variables are in scope, which names are
/// taken, and the random source every choice draws from. Statement templates write through it.
/// </summary>
internal sealed class MethodBuilder
{
    private static readonly string[] Comments =
    {
        "callers expect an empty result rather than null",
        "the upstream feed sends duplicates",
        "rounding happens once, at the end",
        "cheap check first",
        "keep the order stable for the report",
        "see the pricing rules in the wiki",
        "values below the threshold are noise",
        "the legacy importer still depends on this format",
    };

    public MethodBuilder(Random random, CodeWriter writer, ValueKind? returnKind, bool isAsync)
    {
        Random = random;
        Writer = writer;
        ReturnKind = returnKind;
        IsAsync = isAsync;
        Names = new NameAllocator(random);
        Literal = new LiteralFactory(random);
        Expr = new ExpressionFactory(this);
        Scope = new Scope();
    }

    public Random Random { get; }

    public CodeWriter Writer { get; }

    public NameAllocator Names { get; }

    public LiteralFactory Literal { get; }

    public ExpressionFactory Expr { get; }

    public Scope Scope { get; private set; }

    /// <summary>Null for <c>void</c> (or <c>Task</c>).</summary>
    public ValueKind? ReturnKind { get; }

    public bool IsAsync { get; }

    /// <summary>Statements written so far, at any depth.</summary>
    public int Statements { get; private set; }

    public bool Chance(int percent) => Random.Next(100) < percent;

    public T OneOf<T>(params T[] items) => items[Random.Next(items.Length)];

    /// <summary>A visible variable of <paramref name="kind"/>, the latest one half of the time (code mostly works on what it just made).</summary>
    public Variable? Pick(ValueKind kind, Func<Variable, bool>? filter = null)
    {
        var candidates = Scope.Where(kind, filter);
        return candidates.Count == 0 ? null : Chance(50) ? candidates[0] : candidates[Random.Next(candidates.Count)];
    }

    public Variable? PickAny(Func<Variable, bool> filter) => Random.OneOrDefault(Scope.Visible.Where(filter).ToList());

    public bool Has(ValueKind kind, Func<Variable, bool>? filter = null) => Scope.Where(kind, filter).Count > 0;

    public void AddParameter(Variable parameter) => Scope.Add(parameter);

    /// <summary>A statement on one line.</summary>
    public void Line(string statement)
    {
        Writer.Line(statement);
        Statements++;
    }

    public void Comment() => Writer.Line("// " + OneOf(Comments));

    /// <summary>Declares a local initialised with <paramref name="initializer"/> (written before the name is in scope).</summary>
    public Variable Declare(ValueKind kind, string initializer, bool explicitType = false)
    {
        var variable = new Variable(Names.For(kind), kind, Assignable: true, Mutable: true);
        var type = explicitType ? ValueKinds.TypeName(kind, readOnlyView: false) : "var";
        Line($"{type} {variable.Name} = {initializer};");
        Scope.Add(variable);
        return variable;
    }

    public void Introduce(Variable variable) => Scope.Add(variable);

    /// <summary>A compound statement: <paramref name="header"/>, then a block whose locals end with it.</summary>
    public void Block(string header, Action body, bool isLoop = false, params Variable[] blockVariables) =>
        Nested(header, body, isStatement: true, isLoop, blockVariables);

    /// <summary>The <c>else</c>, <c>catch</c> or <c>finally</c> part of the statement just written.</summary>
    public void Continuation(string header, Action body) => Nested(header, body, isStatement: false, isLoop: false, Array.Empty<Variable>());

    /// <summary>A switch section: labels, then statements indented under them and a closing <c>break</c>.</summary>
    public void Section(string label, Action body)
    {
        Writer.Line(label);
        var outer = Scope;
        Scope = new Scope(outer) { IsSwitchSection = true };
        Writer.Indented(() =>
        {
            body();
            Line("break;");
        });
        Scope = outer;
    }

    /// <summary>A compound statement laid out by its template (a switch), counted as one.</summary>
    public void CountStatement() => Statements++;

    /// <summary><c>do { … } while (condition);</c>, the condition written after the body.</summary>
    public void DoWhile(Action body, Func<string> condition) =>
        Nested("do", body, isStatement: true, isLoop: true, Array.Empty<Variable>(), closing: () => " while (" + condition() + ");");

    private void Nested(string header, Action body, bool isStatement, bool isLoop, IEnumerable<Variable> blockVariables, Func<string>? closing = null)
    {
        if (isStatement)
        {
            Statements++;
        }

        Writer.Open(header);
        var outer = Scope;
        Scope = new Scope(outer) { IsLoopBody = isLoop };
        foreach (var variable in blockVariables)
        {
            Scope.Add(variable);
        }

        body();
        Scope = outer;
        Writer.Close(closing?.Invoke() ?? string.Empty);
    }
}
