extern alias tasks;

using System.Collections.Generic;
using tasks::Harness.Analyzers.Tasks;
using Xunit;

namespace Harness.Analyzers.Tests.Tasks;

public class BaselineFileTests
{
    /// <summary>What csc writes for an update build: findings suppressed for recording, one under #pragma, one without key.</summary>
    private const string Sarif = """
        {
          "$schema": "http://json.schemastore.org/sarif-2.1.0",
          "version": "2.1.0",
          "runs": [ { "results": [
            { "ruleId": "HAR2006", "level": "warning", "message": { "text": "'throw \"a\u0022\"' is a placeholder" },
              "suppressions": [ { "kind": "inSource", "properties": { "suppressionType": "DiagnosticSuppressor { Suppression Id: HARU2006, Suppression Justification: Being recorded }" } } ],
              "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///repo/src/App/Order.cs" }, "region": { "startLine": 4 } } } ],
              "properties": { "warningLevel": 1, "customProperties": { "HarnessBaselineKey": "M:App.Order.Save -> throw new NotImplementedException()" } } },
            { "ruleId": "HAR2006", "level": "warning", "message": { "text": "second" },
              "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///repo/src/App/Order.cs" } } } ],
              "properties": { "customProperties": { "HarnessBaselineKey": "M:App.Order.Save -> throw new NotImplementedException()" } } },
            { "ruleId": "HAR1003", "level": "warning", "message": { "text": "pragma" },
              "suppressions": [ { "kind": "inSource", "properties": { "suppressionType": "Pragma Directive" } } ],
              "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///repo/src/App/Order.cs" } } } ],
              "properties": { "customProperties": { "HarnessBaselineKey": "M:App.Order.Load -> Now" } } },
            { "ruleId": "CS0168", "level": "warning", "message": { "text": "not ours" },
              "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///repo/src/App/Order.cs" } } } ] },
            { "ruleId": "HAR1005", "level": "note", "message": { "text": "[layer web] matches nothing" },
              "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///repo/harness.rules" } } } ],
              "properties": { "customProperties": { "HarnessBaselineKey": "[layer web] matches nothing" } } }
          ] } ]
        }
        """;

    [Fact]
    public void Entries_count_a_projects_findings_per_key_and_leave_out_those_handled_in_code()
    {
        var entries = BaselineFile.EntriesOf(SarifLog.Read(Sarif), "App", "/repo");
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["HAR1005 | App | harness.rules | [layer web] matches nothing"] = 1,
                ["HAR2006 | App | src/App/Order.cs | M:App.Order.Save -> throw new NotImplementedException()"] = 2,
            },
            entries);
    }

    [Fact]
    public void Strings_with_escapes_are_read_whole()
    {
        Assert.Equal("'throw \"a\"\"' is a placeholder", SarifLogMessage());
    }

    [Fact]
    public void Refreshing_replaces_the_projects_entries_keeps_the_others_and_sorts()
    {
        var baseline = """
            # an old header
            HAR2006 | Lib | src/Lib/A.cs | M:Lib.A.B | 1
            HAR2006 | App | src/App/Gone.cs | M:App.Gone | 3
            HAR1003 | Lib | src/Lib/A.cs | M:Lib.A.C -> Now | 2

            """;
        var entries = new SortedDictionary<string, int> { ["HAR2006 | App | src/App/Order.cs | M:App.Order.Save"] = 2 };
        Assert.Equal(
            """
            # harness.baseline: findings accepted when Harness.Analyzers was adopted. The build reports new ones only.
            # Refresh after fixing some (stale entries go; accepting new findings is a reviewable diff):
            #   dotnet build -p:HarnessUpdateBaseline=true
            # One entry a line: ID | project | file (relative to this file) | key | count
            HAR1003 | Lib | src/Lib/A.cs | M:Lib.A.C -> Now | 2
            HAR2006 | App | src/App/Order.cs | M:App.Order.Save | 2
            HAR2006 | Lib | src/Lib/A.cs | M:Lib.A.B | 1

            """.Replace("\r\n", "\n"),
            BaselineFile.Replace(baseline.Replace("\r\n", "\n"), "App", entries));
    }

    [Fact]
    public void A_multi_targeted_project_records_the_largest_count_any_target_found()
    {
        var union = BaselineFile.Union(
        [
            ["HAR1003 | App | a.cs | M:A -> Now | 1", "HAR2006 | App | a.cs | M:B | 2"],
            ["HAR1003 | App | a.cs | M:A -> Now | 3", "HAR2001 | App | a.cs | M:C ~ M:D | 1"],
        ]);
        Assert.Equal(["HAR1003 | App | a.cs | M:A -> Now | 3", "HAR2001 | App | a.cs | M:C ~ M:D | 1", "HAR2006 | App | a.cs | M:B | 2"], BaselineFile.Lines(union));
    }

    [Theory]
    [InlineData("root = true\n[layer a]", true)]
    [InlineData("# comment\nROOT = True # trailing\n", true)]
    [InlineData("root = false", false)]
    [InlineData("[layer a]\nroot = true", false)]
    [InlineData("# root = true", false)]
    public void Root_is_read_from_the_preamble_only(string rules, bool isRoot)
    {
        Assert.Equal(isRoot, HarnessRoot.SaysRoot(rules.Split('\n')));
    }

    private static string SarifLogMessage()
    {
        var log = (Dictionary<string, object?>)new JsonReader(Sarif).Read()!;
        var run = (Dictionary<string, object?>)((List<object?>)log["runs"]!)[0]!;
        var result = (Dictionary<string, object?>)((List<object?>)run["results"]!)[0]!;
        return (string)((Dictionary<string, object?>)result["message"]!)["text"]!;
    }
}
