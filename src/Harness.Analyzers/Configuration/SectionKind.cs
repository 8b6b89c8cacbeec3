namespace Harness.Analyzers.Configuration;

internal enum SectionKind
{
    Layer,
    Modules,
    Ban,
    Redundancy,
}
