using System.IO;
using System.Linq;
using Harness.Analyzers.Context;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Harness.Analyzers.Tasks;

/// <summary>
/// Writes the agent context into <c>AGENTS.md</c> beside the root <c>harness.rules</c> (created when absent), from the
/// block the analyzer reported (HAR0011 with its file and block as properties) in the compiler's SARIF log of a
/// <c>-t:HarnessContext</c> build. Only the text between the markers changes.
/// </summary>
public sealed class WriteAgentContext : Task
{
    private const string FileProperty = "HarnessContextFile";
    private const string BlockProperty = "HarnessContextBlock";

    [Required]
    public string SarifLog { get; set; } = string.Empty;

    [Required]
    public string Project { get; set; } = string.Empty;

    public override bool Execute()
    {
        var reported = File.Exists(SarifLog)
            ? Tasks.SarifLog.Read(File.ReadAllText(SarifLog)).FirstOrDefault(result => result.Properties.ContainsKey(FileProperty) && result.Properties.ContainsKey(BlockProperty))
            : null;
        if (reported is null)
        {
            Log.LogMessage(MessageImportance.High, "Harness: {0} has no harness.rules of the root alone to describe; AGENTS.md left as it is", Project);
            return true;
        }

        var path = reported.Properties[FileProperty];
        SharedFile.Rewrite(path, text => ContextBlock.Replace(text, reported.Properties[BlockProperty]));
        Log.LogMessage(MessageImportance.High, "Harness: the rules are written for coding agents in {0}", path);
        return true;
    }
}
