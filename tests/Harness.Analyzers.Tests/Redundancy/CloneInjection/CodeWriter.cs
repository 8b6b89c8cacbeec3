using System.Text;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>Writes indented source, four spaces a level, braces on their own lines.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _depth;

    public CodeWriter(int depth = 0) => _depth = depth;

    public void Line(string code = "")
    {
        if (code.Length > 0)
        {
            _text.Append(' ', _depth * 4).Append(code);
        }

        _text.Append('\n');
    }

    public void Open(string header)
    {
        Line(header);
        Line("{");
        _depth++;
    }

    public void Close(string suffix = "")
    {
        _depth--;
        Line("}" + suffix);
    }

    /// <summary>Indents the lines <paramref name="body"/> writes one level, without braces (switch sections).</summary>
    public void Indented(System.Action body)
    {
        _depth++;
        body();
        _depth--;
    }

    public override string ToString() => _text.ToString();
}
