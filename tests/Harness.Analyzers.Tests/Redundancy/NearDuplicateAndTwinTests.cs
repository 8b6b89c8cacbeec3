using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

public class NearDuplicateAndTwinTests
{
    [Fact]
    public Task A_copy_with_a_statement_added_is_a_near_duplicate_with_its_similarity()
    {
        var code = """
            using System.Collections.Generic;

            namespace Shop;

            public class Reports
            {
                public List<string> {|#0:Daily|}(IEnumerable<(string Name, int Count)> rows)
                {
                    var lines = new List<string>();
                    foreach (var row in rows)
                    {
                        if (row.Count > 0)
                        {
                            lines.Add(row.Name + ": " + row.Count);
                        }
                    }

                    lines.Sort();
                    return lines;
                }

                public List<string> {|#1:Weekly|}(IEnumerable<(string Name, int Count)> rows)
                {
                    var lines = new List<string>();
                    foreach (var row in rows)
                    {
                        if (row.Count > 0)
                        {
                            lines.Add(row.Name + ": " + row.Count);
                        }
                    }

                    lines.Sort();
                    lines.Reverse();
                    return lines;
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2002").AtMarker(1).WithAdditionalMarker(0)
            .WithMessage("'Reports.Weekly' is 94% similar to 'Reports.Daily' (File0.cs line 7): extract the shared part"));
        return test.RunAsync();
    }

    /// <summary>
    /// Weekly and Monthly are exact copies of each other and near copies of Daily: the exact report says more, so it
    /// is their only one. This holds only because HAR2002 runs after HAR2001 has recorded the exact twins (<c>MemberRuleSet</c>).
    /// </summary>
    [Fact]
    public Task Members_with_an_exact_twin_are_reported_as_copies_only_though_they_are_near_another_too()
    {
        const string Body = """
                {
                    var lines = new List<string>();
                    foreach (var row in rows)
                    {
                        if (row.Count > 0)
                        {
                            lines.Add(row.Name + ": " + row.Count);
                        }
                    }

                    lines.Sort();
            """;
        var code = $$"""
            using System.Collections.Generic;

            namespace Shop;

            public class Reports
            {
                public List<string> Daily(IEnumerable<(string Name, int Count)> rows)
            {{Body}}
                    return lines;
                }

                public List<string> {|#1:Weekly|}(IEnumerable<(string Name, int Count)> rows)
            {{Body}}
                    lines.Reverse();
                    return lines;
                }

                public List<string> {|#2:Monthly|}(IEnumerable<(string Name, int Count)> rows)
            {{Body}}
                    lines.Reverse();
                    return lines;
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2001").AtMarker(2).WithAdditionalMarker(1)
            .WithMessage("'Reports.Monthly' has the same body as 'Reports.Weekly' (File0.cs line 22), apart from layout, local names and literal values"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_versioned_rewrite_beside_its_original_is_reported_as_such_and_only_as_such()
    {
        var code = """
            namespace Shop;

            public class Mailer
            {
                public async System.Threading.Tasks.Task<int> {|#0:SendAsync|}(string to, string body)
                {
                    var attempts = 0;
                    while (attempts < 3)
                    {
                        attempts++;
                        if (await TryAsync(to, body)) { return attempts; }
                    }

                    return -1;
                }

                public async System.Threading.Tasks.Task<int> {|#1:SendV2Async|}(string to, string body, int retries)
                {
                    var attempts = 0;
                    while (attempts < retries)
                    {
                        attempts++;
                        if (await TryAsync(to, body)) { return attempts; }
                    }

                    return -1;
                }

                private System.Threading.Tasks.Task<bool> TryAsync(string to, string body) => System.Threading.Tasks.Task.FromResult(to.Length > body.Length);
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2005").AtMarker(1).WithAdditionalMarker(0)
            .WithMessage("'Mailer.SendV2Async' is a rewrite of 'Mailer.SendAsync' (97% similar) left beside it: keep one"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_rewrite_declared_before_its_original_is_still_its_only_report()
    {
        var code = """
            namespace Shop;

            public class Mailer
            {
                public int {|#1:SendV2|}(string to, string body, int retries)
                {
                    var attempts = 0;
                    var subject = to.Trim() + ": " + body.Trim();
                    while (attempts < retries)
                    {
                        attempts++;
                        if (Try(subject)) { return attempts; }
                    }

                    System.Console.WriteLine("gave up on " + subject);
                    return -1;
                }

                public int {|#0:Send|}(string to, string body)
                {
                    var attempts = 0;
                    var subject = to.Trim() + ": " + body.Trim();
                    while (attempts < 3)
                    {
                        attempts++;
                        if (Try(subject)) { return attempts; }
                    }

                    System.Console.WriteLine("gave up on " + subject);
                    return -1;
                }

                private bool Try(string subject) => subject.Length % 2 == 0;
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2005").AtMarker(1).WithAdditionalMarker(0));
        return test.RunAsync();
    }

    [Fact]
    public Task A_suffix_alone_is_not_a_rewrite()
    {
        var code = """
            namespace Shop;

            public class Names
            {
                public string Old(string a) => a;
                public string Copy(int[] values) { var total = 0; foreach (var v in values) { total += v * v; } return total.ToString(); }
                public string CopyNew(string[] names) => names.Length switch { 0 => "none", 1 => names[0].Trim().ToUpperInvariant(), _ => string.Join(", ", names) + "!" };
            }
            """;
        return DuplicationTest.Create(code).RunAsync();
    }
}
