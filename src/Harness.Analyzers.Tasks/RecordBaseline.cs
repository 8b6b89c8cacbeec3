using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Harness.Analyzers.Tasks;

/// <summary>
/// Records one project's HAR findings, read from the compiler's SARIF log of an update build
/// (<c>-p:HarnessUpdateBaseline=true</c>), into <c>harness.baseline</c>: its entries are replaced, other projects'
/// kept. A project built for several target frameworks records what any of them found: each build leaves its
/// entries beside its intermediate output, and every one of them writes the union.
/// </summary>
public sealed class RecordBaseline : Task
{
    private const string FragmentName = "harness.baseline.part";

    [Required]
    public string SarifLog { get; set; } = string.Empty;

    [Required]
    public string Project { get; set; } = string.Empty;

    public ITaskItem[] RulesFiles { get; set; } = System.Array.Empty<ITaskItem>();

    [Required]
    public string FallbackFolder { get; set; } = string.Empty;

    [Required]
    public string IntermediateFolder { get; set; } = string.Empty;

    public override bool Execute()
    {
        if (!File.Exists(SarifLog))
        {
            Log.LogError("Harness: no compiler log at '{0}' to record the baseline from; build again with -p:HarnessUpdateBaseline=true --no-incremental.", SarifLog);
            return false;
        }

        var folder = HarnessRoot.Folder(RulesFiles.Select(item => item.GetMetadata("FullPath")).ToList(), FallbackFolder);
        var found = BaselineFile.EntriesOf(Tasks.SarifLog.Read(File.ReadAllText(SarifLog)), Project, folder);
        File.WriteAllLines(Path.Combine(IntermediateFolder, FragmentName), BaselineFile.Lines(found));

        var configurationFolder = Directory.GetParent(IntermediateFolder.TrimEnd('/', '\\'))!;
        var entries = BaselineFile.Union(configurationFolder.EnumerateFiles(FragmentName, SearchOption.AllDirectories).Select(fragment => File.ReadAllLines(fragment.FullName)));
        var path = Path.Combine(folder, BaselineFile.FileName);
        SharedFile.Rewrite(path, baseline => BaselineFile.Replace(baseline, Project, entries));
        Log.LogMessage(MessageImportance.High, "Harness: {0} finding(s) of {1} recorded in {2}", entries.Values.Sum(), Project, path);
        return true;
    }
}
