using System.Collections.Generic;

namespace Harness.Analyzers.Architecture;

/// <summary>A rule judged at every use site.</summary>
internal interface IUseRule
{
    void Check(UseSite use, List<Violation> violations);
}
