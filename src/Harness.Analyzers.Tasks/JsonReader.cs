using System;
using System.Collections.Generic;
using System.Text;

namespace Harness.Analyzers.Tasks;

/// <summary>
/// Just enough JSON for a SARIF log: objects, arrays, strings, and the rest as text: a netstandard2.0 task cannot
/// count on one JSON library in every MSBuild host (.NET and .NET Framework ship different ones).
/// </summary>
internal sealed class JsonReader
{
    private readonly string _text;
    private int _at;

    public JsonReader(string text) => _text = text;

    public object? Read()
    {
        SkipSpace();
        switch (_text[_at])
        {
            case '{':
                var members = new Dictionary<string, object?>(StringComparer.Ordinal);
                _at++;
                while (Next() != '}')
                {
                    var name = ReadString();
                    Next(); // ':'
                    _at++;
                    members[name] = Read();
                    if (Next() == ',')
                    {
                        _at++;
                    }
                }

                _at++;
                return members;
            case '[':
                var items = new List<object?>();
                _at++;
                while (Next() != ']')
                {
                    items.Add(Read());
                    if (Next() == ',')
                    {
                        _at++;
                    }
                }

                _at++;
                return items;
            case '"':
                return ReadString();
            default:
                var start = _at;
                while (_at < _text.Length && ",}] \t\r\n".IndexOf(_text[_at]) < 0)
                {
                    _at++;
                }

                return _text.Substring(start, _at - start);
        }
    }

    private char Next()
    {
        SkipSpace();
        return _text[_at];
    }

    private void SkipSpace()
    {
        while (char.IsWhiteSpace(_text[_at]))
        {
            _at++;
        }
    }

    private string ReadString()
    {
        var value = new StringBuilder();
        for (_at++; _text[_at] != '"'; _at++)
        {
            if (_text[_at] != '\\')
            {
                value.Append(_text[_at]);
                continue;
            }

            var escaped = _text[++_at];
            value.Append(escaped switch
            {
                'n' => "\n",
                'r' => "\r",
                't' => "\t",
                'b' => "\b",
                'f' => "\f",
                'u' => ((char)Convert.ToInt32(_text.Substring((_at += 4) - 3, 4), 16)).ToString(),
                _ => escaped.ToString(),
            });
        }

        _at++;
        return value.ToString();
    }
}
