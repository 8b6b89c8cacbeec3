using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Harness.Analyzers.Baseline;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers;

/// <summary>
/// Creates every HAR finding (architecture, redundancy, conventions): a diagnostic that carries its baseline key, so
/// that a team can accept today's findings in <c>harness.baseline</c> and see new ones only.
/// </summary>
internal static class Finding
{
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] messageArgs) =>
        Create(descriptor, location, Enumerable.Empty<Location>(), messageArgs);

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, IEnumerable<Location>? additionalLocations, params object?[] messageArgs) =>
        Create(descriptor, location, additionalLocations, ImmutableDictionary<string, string?>.Empty, messageArgs);

    /// <summary>A finding that also carries properties for its code fix.</summary>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor, Location location, IEnumerable<Location>? additionalLocations, ImmutableDictionary<string, string?> properties, params object?[] messageArgs)
    {
        var additional = additionalLocations?.ToList() ?? new List<Location>();
        var key = FindingKey.Of(location, additional)
            ?? string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), messageArgs);
        return Diagnostic.Create(descriptor, location, additional, properties.SetItem(FindingKey.PropertyName, key), messageArgs);
    }
}
