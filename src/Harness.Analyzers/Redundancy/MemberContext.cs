using System.Collections.Generic;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// What normalising a body needs to know about the member around it: its own name (renamed with it, like a local)
/// and the names its containing type declares (told apart per type, since two types' own helpers are different code).
/// </summary>
internal sealed class MemberContext
{
    public MemberContext(string ownName, string typeKey, ISet<string> typeMembers)
    {
        OwnName = ownName;
        TypeKey = typeKey;
        TypeMembers = typeMembers;
    }

    public string OwnName { get; }

    public string TypeKey { get; }

    public ISet<string> TypeMembers { get; }
}
