namespace Harness.Analyzers.Redundancy;

/// <summary>
/// A file path glob as in .editorconfig sections: <c>**</c> crosses folders, <c>*</c> and <c>?</c> stay within one.
/// A glob without a folder separator matches the file name anywhere. Both separators are accepted.
/// </summary>
internal sealed class PathGlob
{
    private readonly string _pattern;
    private readonly bool _nameOnly;

    private PathGlob(string pattern, bool nameOnly)
    {
        _pattern = pattern;
        _nameOnly = nameOnly;
    }

    public static PathGlob Parse(string glob)
    {
        var normalized = glob.Replace('\\', '/');
        return new PathGlob(normalized, normalized.IndexOf('/') < 0);
    }

    public bool Matches(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (_nameOnly)
        {
            normalized = normalized.Substring(normalized.LastIndexOf('/') + 1);
            return Match(0, normalized, 0);
        }

        // A relative glob such as 'src/**' may match from any folder boundary of an absolute path.
        if (Match(0, normalized, 0))
        {
            return true;
        }

        for (var i = 0; i < normalized.Length; i++)
        {
            if (normalized[i] == '/' && Match(0, normalized, i + 1))
            {
                return true;
            }
        }

        return false;
    }

    private bool Match(int p, string text, int t)
    {
        while (p < _pattern.Length)
        {
            var c = _pattern[p];
            if (c == '*')
            {
                var crossesFolders = p + 1 < _pattern.Length && _pattern[p + 1] == '*';
                var rest = crossesFolders ? p + 2 : p + 1;
                if (crossesFolders && rest < _pattern.Length && _pattern[rest] == '/')
                {
                    // '**/' also matches no folder at all.
                    if (Match(rest + 1, text, t))
                    {
                        return true;
                    }
                }

                for (var end = t; end <= text.Length; end++)
                {
                    if (Match(rest, text, end))
                    {
                        return true;
                    }

                    if (end < text.Length && text[end] == '/' && !crossesFolders)
                    {
                        return false;
                    }
                }

                return false;
            }

            if (t == text.Length || (c != '?' && c != text[t]) || (c == '?' && text[t] == '/'))
            {
                return false;
            }

            p++;
            t++;
        }

        return t == text.Length;
    }
}
