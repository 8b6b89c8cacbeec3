using System;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Names that differ by an antonym (<c>GetX</c>/<c>SetX</c>, <c>ToUtc</c>/<c>ToLocal</c>, <c>OnSerializing</c>/<c>OnSerialized</c>)
/// name the two directions of one thing: such pairs look alike by design, and no merge makes them one. The true
/// direction of a test often goes unnamed (<c>ResolveCondition</c>/<c>ResolveConditionFalse</c>): a name that adds
/// <c>False</c> to the other names its other direction too.
/// </summary>
internal static class AntonymNames
{
    private const string FalseDirection = "False";

    private static readonly (string, string)[] Pairs =
    {
        ("Get", "Set"), ("Before", "After"), ("Utc", "Local"), ("ing", "ed"), ("To", "From"), ("Add", "Remove"),
        ("Push", "Pop"), ("Encode", "Decode"), ("Read", "Write"), ("Min", "Max"), ("First", "Last"), ("Begin", "End"),
        ("Open", "Close"), ("Start", "Stop"), ("Enter", "Exit"), ("Enter", "Leave"), ("Serialize", "Deserialize"),
        ("Increment", "Decrement"), ("Show", "Hide"), ("Lock", "Unlock"), ("Load", "Save"), ("Upper", "Lower"),
        ("Left", "Right"), ("Next", "Previous"), ("Prev", "Next"), ("Up", "Down"), ("Pluralize", "Singularize"),
        ("Plural", "Singular"), ("Encrypt", "Decrypt"), ("Compress", "Decompress"), ("Import", "Export"),
        ("Input", "Output"), ("Inc", "Dec"), ("Enable", "Disable"), ("Attach", "Detach"), ("Register", "Unregister"),
        ("Subscribe", "Unsubscribe"), ("Ascending", "Descending"), ("Floor", "Ceiling"), ("Head", "Tail"),
        ("Horizontal", "Vertical"), ("Row", "Column"), ("Width", "Height"), ("Parse", "Format"), ("Wrap", "Unwrap"),
        ("Positive", "Negative"), ("True", "False"), ("On", "Off"), ("In", "Out"), ("Ordinal", "Cardinal"),
        ("Set", "Clear"), ("Pre", "Post"), ("Has", "Get"), ("Constructor", "Destructor"), ("Ld", "St"), ("Load", "Store"),
        ("Checked", "Unchecked"), ("Union", "Intersect"),
    };

    /// <summary>
    /// Whether swapping one antonym for its partner, at one place or at every place, turns one name into the other: a
    /// name may say its direction twice (<c>LdObjToLdLoc</c> against <c>StObjToStLoc</c>).
    /// </summary>
    public static bool Differ(string name, string other)
    {
        if (string.Equals(name + FalseDirection, other, StringComparison.Ordinal) || string.Equals(other + FalseDirection, name, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var (a, b) in Pairs)
        {
            if (Swaps(name, other, a, b) || Swaps(name, other, b, a))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Swaps(string name, string other, string from, string to)
    {
        if (name.IndexOf(from, StringComparison.Ordinal) >= 0 && string.Equals(name.Replace(from, to), other, StringComparison.Ordinal))
        {
            return true;
        }

        for (var at = name.IndexOf(from, StringComparison.Ordinal); at >= 0; at = name.IndexOf(from, at + 1, StringComparison.Ordinal))
        {
            if (string.Equals(name.Substring(0, at) + to + name.Substring(at + from.Length), other, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
