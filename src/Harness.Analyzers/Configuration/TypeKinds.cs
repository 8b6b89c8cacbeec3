using System;

namespace Harness.Analyzers.Configuration;

/// <summary>The <c>where_kind</c> values. <c>class</c> and <c>struct</c> include records of that kind.</summary>
[Flags]
internal enum TypeKinds
{
    None = 0,
    Class = 1,
    Record = 2,
    Struct = 4,
    Interface = 8,
    Enum = 16,
    Delegate = 32,
}
