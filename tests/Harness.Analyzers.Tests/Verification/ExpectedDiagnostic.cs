using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Tests.Verification;

/// <summary>
/// Where an expected diagnostic is: a zero-based <see cref="Span"/> in <see cref="Path"/>, a line span,
/// or a start position only (<see cref="End"/> null), or a markup <see cref="Marker"/> resolved before comparison.
/// </summary>
public sealed record ExpectedLocation
{
    public string Path { get; init; } = "";
    public TextSpan? Span { get; init; }
    /// <summary>Zero-based start, used when <see cref="Span"/> is null.</summary>
    public LinePosition Start { get; init; }
    /// <summary>Zero-based end; null checks the start only.</summary>
    public LinePosition? End { get; init; }
    public int? Marker { get; init; }

    public static ExpectedLocation FromSpan(string path, TextSpan span) => new() { Path = path, Span = span };

    public static ExpectedLocation FromMarker(int marker) => new() { Marker = marker };

    /// <summary>One-based line and column, as the compiler prints them.</summary>
    public static ExpectedLocation FromLines(string path, int line, int column, int? endLine = null, int? endColumn = null) => new()
    {
        Path = path,
        Start = new LinePosition(line - 1, column - 1),
        End = endLine is int l && endColumn is int c ? new LinePosition(l - 1, c - 1) : null,
    };

    public bool Matches(Location actual)
    {
        if (actual == Location.None || actual.Kind == LocationKind.MetadataFile)
        {
            return false;
        }

        var lineSpan = actual.GetLineSpan();
        if (lineSpan.Path != Path)
        {
            return false;
        }

        return Span is TextSpan span
            ? actual.SourceSpan == span
            : lineSpan.StartLinePosition == Start && (End is not LinePosition end || lineSpan.EndLinePosition == end);
    }
}

/// <summary>
/// An expected diagnostic beyond what markup can say: no location, a line/column location, a message,
/// a severity, additional locations. Build one fluently:
/// <c>ExpectedDiagnostic.Diagnostic("HAR1001").At("/0/Test0.cs", 3, 5, 3, 8).WithMessage("…")</c>,
/// or <c>.AtMarker(0)</c> to use the span of <c>{|#0:…|}</c> in the markup.
/// Message, severity and additional locations are checked only when given.
/// </summary>
public sealed record ExpectedDiagnostic
{
    public ExpectedDiagnostic(string id) => Id = id;

    public string Id { get; }
    /// <summary>Null: the diagnostic must have no location (<see cref="Location.None"/>).</summary>
    public ExpectedLocation? Location { get; init; }
    public string? Message { get; init; }
    public DiagnosticSeverity? Severity { get; init; }
    /// <summary>Null: not checked. Otherwise the diagnostic's additional locations, in order.</summary>
    public ImmutableArray<ExpectedLocation>? AdditionalLocations { get; init; }

    public static ExpectedDiagnostic Diagnostic(string id) => new(id);

    /// <summary>One-based start line and column only.</summary>
    public ExpectedDiagnostic At(string path, int line, int column) => this with { Location = ExpectedLocation.FromLines(path, line, column) };

    /// <summary>One-based, end exclusive, as the compiler prints <c>(line,col,endLine,endCol)</c>.</summary>
    public ExpectedDiagnostic At(string path, int line, int column, int endLine, int endColumn) =>
        this with { Location = ExpectedLocation.FromLines(path, line, column, endLine, endColumn) };

    public ExpectedDiagnostic At(string path, TextSpan span) => this with { Location = ExpectedLocation.FromSpan(path, span) };

    /// <summary>The span of <c>{|#n:…|}</c> in the test markup.</summary>
    public ExpectedDiagnostic AtMarker(int marker) => this with { Location = ExpectedLocation.FromMarker(marker) };

    public ExpectedDiagnostic WithNoLocation() => this with { Location = null };

    public ExpectedDiagnostic WithMessage(string message) => this with { Message = message };

    public ExpectedDiagnostic WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };

    /// <summary>Expects exactly these additional locations (call again to add more).</summary>
    public ExpectedDiagnostic WithAdditionalLocation(string path, int line, int column, int endLine, int endColumn) =>
        AddLocation(ExpectedLocation.FromLines(path, line, column, endLine, endColumn));

    public ExpectedDiagnostic WithAdditionalLocation(string path, TextSpan span) => AddLocation(ExpectedLocation.FromSpan(path, span));

    public ExpectedDiagnostic WithAdditionalMarker(int marker) => AddLocation(ExpectedLocation.FromMarker(marker));

    /// <summary>Expects no additional locations.</summary>
    public ExpectedDiagnostic WithNoAdditionalLocations() => this with { AdditionalLocations = ImmutableArray<ExpectedLocation>.Empty };

    private ExpectedDiagnostic AddLocation(ExpectedLocation location) =>
        this with { AdditionalLocations = (AdditionalLocations ?? ImmutableArray<ExpectedLocation>.Empty).Add(location) };

    public bool Matches(Diagnostic actual)
    {
        if (actual.Id != Id
            || (Location is null ? actual.Location != Microsoft.CodeAnalysis.Location.None : !Location.Matches(actual.Location))
            || (Message is not null && actual.GetMessage() != Message)
            || (Severity is DiagnosticSeverity severity && actual.Severity != severity))
        {
            return false;
        }

        if (AdditionalLocations is not ImmutableArray<ExpectedLocation> additional)
        {
            return true;
        }

        if (additional.Length != actual.AdditionalLocations.Count)
        {
            return false;
        }

        for (var i = 0; i < additional.Length; i++)
        {
            if (!additional[i].Matches(actual.AdditionalLocations[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How much this expectation pins down; the most specific ones are matched first.</summary>
    internal int Specificity =>
        (Message is null ? 0 : 4) + (Severity is null ? 0 : 2) + (AdditionalLocations is null ? 0 : 2)
        + (Location is { Span: null, End: null } ? 0 : 1);
}
