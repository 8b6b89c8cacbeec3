using System;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Configuration;

/// <summary>What parsing one <c>key = value</c> line gave: an entry (canonical key and typed value) or a problem.</summary>
/// <param name="Key">The canonical key of an accepted entry, or of a rejected value (so it is not also reported missing).</param>
/// <param name="Value">The typed value of an accepted entry; null otherwise.</param>
/// <param name="Descriptor">The problem to report, or null.</param>
/// <param name="Args">The problem's message arguments.</param>
internal sealed record EntryParse(string? Key, object? Value, DiagnosticDescriptor? Descriptor, string[] Args)
{
    public static EntryParse Accepted(string key, object value) => new(key, value, null, Array.Empty<string>());

    /// <summary>A known key whose value cannot be used.</summary>
    public static EntryParse Rejected(string key, DiagnosticDescriptor descriptor, params string[] args) => new(key, null, descriptor, args);

    /// <summary>A line that is not an entry of the section at all.</summary>
    public static EntryParse Problem(DiagnosticDescriptor descriptor, params string[] args) => new(null, null, descriptor, args);
}
