using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Harness.Analyzers.Benchmarks.Corpus;

/// <summary>Builds C# source text with four-space indentation and LF line ends.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public void Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4).Append(line);
        }

        _text.Append('\n');
    }

    /// <summary>Writes a multi-line block (typically a raw string literal) at the current indentation.</summary>
    public void Block(string block)
    {
        foreach (var line in block.Split('\n'))
        {
            Line(line.TrimEnd('\r'));
        }
    }

    /// <summary>Writes the header lines (a declaration and any continuation such as <c>: base(...)</c>) and opens a block.</summary>
    public void Open(params string[] header)
    {
        foreach (var line in header)
        {
            Line(line);
        }

        Line("{");
        _indent++;
    }

    public void Close()
    {
        _indent--;
        Line("}");
    }

    public void Usings(IEnumerable<string> namespaces)
    {
        foreach (var name in namespaces)
        {
            Line($"using {name};");
        }

        Line();
    }

    public void Namespace(string name)
    {
        Line($"namespace {name};");
        Line();
    }

    /// <summary>
    /// Private readonly fields and the constructor that assigns them (the shape of every class that gets
    /// its services injected); <paramref name="baseParameters"/> are passed on to the base constructor.
    /// </summary>
    public void FieldsAndConstructor(
        string typeName,
        IReadOnlyList<(string Type, string Name)> fields,
        IReadOnlyList<(string Type, string Name)>? baseParameters = null)
    {
        baseParameters ??= [];
        foreach (var (type, name) in fields)
        {
            Line($"private readonly {type} _{name};");
        }

        Line();
        var declaration = $"public {typeName}({string.Join(", ", fields.Concat(baseParameters).Select(p => $"{p.Type} {p.Name}"))})";
        if (baseParameters.Count > 0)
        {
            Open(declaration, $"    : base({string.Join(", ", baseParameters.Select(p => p.Name))})");
        }
        else
        {
            Open(declaration);
        }

        foreach (var (_, name) in fields)
        {
            Line($"_{name} = {name} ?? throw new ArgumentNullException(nameof({name}));");
        }

        Close();
    }

    public override string ToString() => _text.ToString();
}
