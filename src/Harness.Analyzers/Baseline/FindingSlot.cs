using System;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Baseline;

/// <summary>
/// What a finding and a baseline entry must share to match: ID, absolute file and key. The hash is computed once: a
/// slot is looked up several times (suppressor, stale checks) and hashing a path is not free.
/// </summary>
internal readonly struct FindingSlot : IEquatable<FindingSlot>
{
    private readonly int _hash;

    public FindingSlot(string id, string file, string key)
    {
        Id = id;
        File = file;
        Key = key;
        _hash = (((id.GetHashCode() * 31) + StringComparer.OrdinalIgnoreCase.GetHashCode(file)) * 31) + key.GetHashCode();
    }

    public string Id { get; }

    public string File { get; }

    public string Key { get; }

    /// <summary>The slot of a HAR finding; null for any other diagnostic.</summary>
    public static FindingSlot? Of(Diagnostic diagnostic) =>
        FindingKey.Of(diagnostic) is { } key && diagnostic.Location.GetLineSpan().Path is { Length: > 0 } path
            ? new FindingSlot(diagnostic.Id, BaselinePath.Normalize(path), key)
            : null;

    // Paths compare without case: the same file is named so on Windows and macOS, and two files of one project that
    // differ only in case do not occur in practice.
    public bool Equals(FindingSlot other) =>
        _hash == other._hash && Id == other.Id && Key == other.Key && string.Equals(File, other.File, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is FindingSlot other && Equals(other);

    public override int GetHashCode() => _hash;
}
