using System;

namespace Harness.Analyzers.Configuration;

/// <summary>The modifiers a convention can require or forbid.</summary>
[Flags]
internal enum TypeModifiers
{
    None = 0,
    Public = 1,
    Internal = 2,
    Sealed = 4,
    Static = 8,
    Abstract = 16,
    Partial = 32,
    Readonly = 64,
    Record = 128,
}
