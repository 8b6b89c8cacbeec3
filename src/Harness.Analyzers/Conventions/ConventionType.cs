using Harness.Analyzers.Architecture;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Conventions;

/// <summary>A type being judged, with what the conventions ask of it computed once: its namespace facts and layer.</summary>
internal sealed class ConventionType
{
    private readonly ArchitectureModel _model;
    private int _layer = int.MinValue;

    public ConventionType(INamedTypeSymbol symbol, NamespaceFacts ns, ArchitectureModel model)
    {
        Symbol = symbol;
        Namespace = ns;
        _model = model;
    }

    public INamedTypeSymbol Symbol { get; }

    public NamespaceFacts Namespace { get; }

    /// <summary>The layer it belongs to (by namespace, or by its assembly's name), or -1.</summary>
    public int Layer => _layer != int.MinValue ? _layer : _layer = _model.LayerOf(Namespace, Symbol.ContainingAssembly?.Name);

    /// <summary>How messages name it: <c>Contoso.Shop.Infrastructure.SqlOrders</c>, <c>Contoso.Repo&lt;T&gt;</c>.</summary>
    public string Display => Symbol.ToDisplayString();
}
