using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

/// <summary>
/// What reviewers dismissed when they read the reports on real codebases (ICSharpCode.Decompiler, Humanizer): each
/// case is quiet, and beside it the finding a reviewer wants is still reported, so that no rule hides real copies.
/// </summary>
public class ReviewerNoiseTests
{
    private const string Summing = """
        var total = 0;
        foreach (var value in values)
        {
            if (value > 0) { total += value * 2; } else { total -= 1; }
        }

        total = total * 3 + values.Length;
        return total;
        """;

    [Fact]
    public Task Typed_overloads_and_conversion_operators_of_one_type_are_not_copies()
    {
        var code = """
            namespace Numbers;

            public readonly struct Token
            {
                private readonly long _value;

                public Token(long value) { _value = value; }

                public static explicit operator int(Token token) { var v = token._value; if (v > int.MaxValue) { throw new System.OverflowException(); } var w = (int)v; w = w + 0; return w; }
                public static explicit operator short(Token token) { var v = token._value; if (v > short.MaxValue) { throw new System.OverflowException(); } var w = (short)v; w = (short)(w + 0); return w; }

                public static int Sum(int[] values)
                {
                    var total = 0;
                    foreach (var value in values) { if (value > 0) { total += value * 2; } else { total -= 1; } }
                    total = total * 3 + values.Length;
                    return total;
                }

                public static long Sum(long[] values)
                {
                    long total = 0;
                    foreach (var value in values) { if (value > 0) { total += value * 2; } else { total -= 1; } }
                    total = total * 3 + values.Length;
                    return total;
                }
            }
            """;
        return DuplicationTest.Create(code).RunAsync();
    }

    [Fact]
    public Task Each_class_calling_its_own_helper_of_one_name_is_different_logic_but_a_copy_calling_shared_code_is_reported()
    {
        var code = $$"""
            namespace Words;

            public class English
            {
                public string Convert(int number)
                {
                    var text = ConvertPositive(number);
                    if (number < 0) { text = "minus " + text; }
                    return text.Length > 0 ? text.Trim() : "zero";
                }

                private string ConvertPositive(int number) => number.ToString();
            }

            public class French
            {
                public string Convert(int number)
                {
                    var text = ConvertPositive(number);
                    if (number < 0) { text = "moins " + text; }
                    return text.Length > 0 ? text.Trim() : "zéro";
                }

                private string ConvertPositive(int number) => number.ToString("N0");
            }

            public class Scores
            {
                public int {|#0:Weigh|}(int[] values)
                {
            {{Summing}}
                }
            }

            public class Ratings
            {
                public int {|#1:Rate|}(int[] values)
                {
            {{Summing}}
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2001").AtMarker(1).WithAdditionalMarker(0)
            .WithMessage("'Ratings.Rate' has the same body as 'Scores.Weigh' (File0.cs line 29), apart from layout, local names and literal values"));
        return test.RunAsync();
    }

    [Fact]
    public Task Constructors_that_store_their_arguments_in_their_own_fields_are_not_copies_across_types()
    {
        var code = """
            namespace Model;

            public sealed class Variable
            {
                private readonly string name;
                private readonly object type;

                public Variable(object type, string name)
                {
                    if (type == null) { throw new System.ArgumentNullException(nameof(type)); }
                    if (name == null) { throw new System.ArgumentNullException(nameof(name)); }
                    this.type = type;
                    this.name = name;
                }
            }

            public sealed class Writer
            {
                private readonly string name;
                private readonly object type;

                public Writer(object type, string name)
                {
                    if (type == null) { throw new System.ArgumentNullException(nameof(type)); }
                    if (name == null) { throw new System.ArgumentNullException(nameof(name)); }
                    this.type = type;
                    this.name = name;
                }
            }
            """;
        return DuplicationTest.Create(code).RunAsync();
    }

    [Fact]
    public Task Swapped_operands_and_true_against_false_are_different_values_not_renamings()
    {
        var code = """
            namespace Geometry;

            public static class Distance
            {
                public static int Forward(int[] p, int a, int b)
                {
                    var d = p[a] - p[b];
                    if (d < 0) { d = -d; }
                    var log = d > 10;
                    System.Console.WriteLine(log);
                    return d + p.Length;
                }

                public static int Backward(int[] p, int a, int b)
                {
                    var d = p[b] - p[a];
                    if (d < 0) { d = -d; }
                    var log = d > 10;
                    System.Console.WriteLine(log);
                    return d + p.Length;
                }

                public static bool IsEmpty(string[] items)
                {
                    if (items == null) { return true; }
                    foreach (var item in items) { if (item.Length > 0) { return false; } }
                    System.Console.WriteLine(items.Length);
                    return true;
                }

                public static bool IsFull(string[] items)
                {
                    if (items == null) { return false; }
                    foreach (var item in items) { if (item.Length > 0) { return true; } }
                    System.Console.WriteLine(items.Length);
                    return false;
                }
            }
            """;
        // A threshold above their similarity: this is about what counts as the same body, not as a near one.
        return DuplicationTest.CreateWithRules("[redundancy]\nmin_tokens = 20\nsimilarity = 0.97\n", code).RunAsync();
    }

    [Fact]
    public Task Short_members_antonym_pairs_and_per_entity_twins_are_not_near_duplicates()
    {
        var code = """
            using System.Collections.Generic;

            namespace Shop;

            public class Settings
            {
                private readonly Dictionary<string, string> _values = new();

                public string GetValue(string key)
                {
                    var normalized = key.Trim().ToUpperInvariant();
                    if (normalized.Length == 0) { normalized = "DEFAULT"; }
                    System.Console.WriteLine("reading " + normalized);
                    var found = _values.TryGetValue(normalized, out var value);
                    return found ? value! : string.Empty;
                }

                public string SetValue(string key)
                {
                    var normalized = key.Trim().ToUpperInvariant();
                    if (normalized.Length == 0) { normalized = "DEFAULT"; }
                    System.Console.WriteLine("writing " + normalized);
                    var found = _values.Remove(normalized, out var value);
                    return found ? value! : string.Empty;
                }
            }

            public class Customer { public int CustomerId { get; set; } public string CustomerName { get; set; } = ""; }

            public class Supplier { public int SupplierId { get; set; } public string SupplierName { get; set; } = ""; }

            public class CustomerConfiguration
            {
                public void Configure(List<string> columns)
                {
                    columns.Add(nameof(Customer.CustomerId));
                    columns.Add(nameof(Customer.CustomerName));
                    columns.Add(nameof(Customer));
                    columns.Sort();
                    columns.Reverse();
                }
            }

            public class SupplierConfiguration
            {
                public void Configure(List<string> columns)
                {
                    columns.Add(nameof(Supplier.SupplierId));
                    columns.Add(nameof(Supplier.SupplierName));
                    columns.Add(nameof(Supplier));
                    columns.Sort();
                    columns.Reverse();
                }
            }
            """;
        return DuplicationTest.Create(code).RunAsync();
    }

    [Fact]
    public Task A_member_and_a_local_function_inside_it_are_not_copies()
    {
        var code = """
            namespace Shop;

            public class Totals
            {
                public int Compute(int[] values)
                {
                    return Local(values);

                    int Local(int[] items)
                    {
                        var total = 0;
                        foreach (var item in items) { if (item > 0) { total += item * 2; } else { total -= 1; } }
                        total = total * 3 + items.Length;
                        return total;
                    }
                }
            }
            """;
        return DuplicationTest.Create(code).RunAsync();
    }

    [Fact]
    public Task Repetitive_statements_and_error_exits_are_not_duplicated_blocks()
    {
        var code = """
            using System;
            using System.Collections.Generic;

            namespace Words;

            public static class Vocabulary
            {
                public static void Fill(Dictionary<string, string> plurals)
                {
                    plurals.Add("person", "people"); plurals.Add("man", "men"); plurals.Add("child", "children");
                    plurals.Add("tooth", "teeth"); plurals.Add("foot", "feet"); plurals.Add("mouse", "mice");
                    plurals.Add("goose", "geese"); plurals.Add("ox", "oxen"); plurals.Add("leaf", "leaves");
                    plurals.Add("knife", "knives"); plurals.Add("wife", "wives"); plurals.Add("life", "lives");
                }

                public static int Parse(string text, int min, int max)
                {
                    if (text is null) { throw new ArgumentNullException(nameof(text), "The number text is required here."); }
                    if (text.Length == 0) { throw new ArgumentException("The number text must not be empty.", nameof(text)); }
                    var value = int.Parse(text);
                    return value;
                }

                public static int ParseLimit(string limit, int min, int max)
                {
                    if (limit is null) { throw new ArgumentNullException(nameof(limit), "The limit is required, always."); }
                    if (limit.Length == 0) { throw new ArgumentException("The limit must not be an empty text.", nameof(limit)); }
                    return int.Parse(limit) + min;
                }
            }
            """;
        return DuplicationTest.Create(code).RunAsync();
    }

    [Fact]
    public async Task Repeated_runs_of_one_or_two_statements_are_not_worth_a_method_by_default()
    {
        var code = """
            namespace Shop;

            public class Orders
            {
                public int First(int[] values, string name)
                {
                    System.Console.WriteLine("first: " + name.Trim().ToUpperInvariant() + " with " + values.Length + " values");
                    var total = values.Length * 3 + name.Length * 2 + values[0] - values[values.Length - 1];
                    return total + 1;
                }

                public int Second(int[] values, string name)
                {
                    var offset = name.GetHashCode();
                    System.Console.WriteLine("first: " + name.Trim().ToUpperInvariant() + " with " + values.Length + " values");
                    var total = values.Length * 3 + name.Length * 2 + values[0] - values[values.Length - 1];
                    return total - offset;
                }
            }
            """;
        var quiet = DuplicationTest.Create(code);
        var strict = DuplicationTest.CreateWithRules(DuplicationTest.Rules + "block_statements = 2\n", code.Replace(
            "                    System.Console.WriteLine(\"first: \" + name.Trim().ToUpperInvariant() + \" with \" + values.Length + \" values\");\n                    var total = values.Length * 3 + name.Length * 2 + values[0] - values[values.Length - 1];\n                    return total - offset;",
            "                    {|HAR2003:System.Console.WriteLine(\"first: \" + name.Trim().ToUpperInvariant() + \" with \" + values.Length + \" values\");\n                    var total = values.Length * 3 + name.Length * 2 + values[0] - values[values.Length - 1];|}\n                    return total - offset;"));
        await Task.WhenAll(quiet.RunAsync(), strict.RunAsync());
    }

    [Fact]
    public async Task Short_blocks_whose_copies_differ_in_a_literal_say_something_of_their_own()
    {
        static string Printer(string open, string close) => $$"""
            namespace Output;

            public class Printer
            {
                public void Comment(System.IO.TextWriter writer, string prefix, int[] values)
                {
                    writer.Flush();
                    var total = 0;
                    foreach (var value in values) { total += value > 0 ? value : -value; }
                    writer.WriteLine("total " + total + " of " + values.Length + " values, checked at " + System.DateTime.UtcNow.Ticks);
                    writer.Write(prefix.Trim().ToUpperInvariant() + " [" + values.Length + "] ");
                    writer.Write(string.Join(", ", values) + " // doc");
                    writer.WriteLine(new string('-', prefix.Length + values.Length * 2));
                }

                public void Block(System.IO.TextWriter writer, string prefix, int[] values)
                {
                    if (values.Length == 0 && prefix.Length == 0) { System.Console.Beep(); return; }
                    System.Array.Sort(values);
                    {{open}}writer.Write(prefix.Trim().ToUpperInvariant() + " [" + values.Length + "] ");
                    writer.Write(string.Join(", ", values) + " // block");
                    writer.WriteLine(new string('-', prefix.Length + values.Length * 2));{{close}}
                }
            }
            """;
        var quiet = DuplicationTest.Create(Printer(string.Empty, string.Empty));
        var strict = DuplicationTest.CreateWithRules(DuplicationTest.Rules + "changed_block_statements = 3\n", Printer("{|HAR2003:", "|}"));
        await Task.WhenAll(quiet.RunAsync(), strict.RunAsync());
    }

    [Fact]
    public Task A_new_member_that_copies_an_overrides_body_is_reported()
    {
        var code = """
            namespace Shop;

            public class Money
            {
                public decimal Amount { get; set; }
                public string Currency { get; set; } = "EUR";

                public override string {|#0:ToString|}()
                {
                    var text = Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
                    text = Currency + " " + text;
                    return text.Trim();
                }

                public string {|#1:Describe|}()
                {
                    var text = Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
                    text = Currency + " " + text;
                    return text.Trim();
                }
            }

            public class Price
            {
                public decimal Amount { get; set; }
                public string Currency { get; set; } = "EUR";

                public override string ToString()
                {
                    var text = Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
                    text = Currency + " " + text;
                    return text.Trim();
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2001").AtMarker(1).WithAdditionalMarker(0)
            .WithMessage("'Money.Describe' has the same body as 'Money.ToString' (File0.cs line 8), apart from layout, local names and literal values"));
        return test.RunAsync();
    }

    [Fact]
    public Task Entity_Framework_migrations_and_template_output_are_generated_code()
    {
        var migration = """
            namespace Shop.Migrations;

            [Microsoft.EntityFrameworkCore.Migrations.Migration("20260101_Initial")]
            public partial class Initial : Microsoft.EntityFrameworkCore.Migrations.Migration
            {
                public int Up(int[] values)
                {
                    var total = 0;
                    foreach (var value in values) { if (value > 0) { total += value * 2; } else { total -= 1; } }
                    total = total * 3 + values.Length;
                    return total;
                }
            }
            """;
        var template = migration.Replace("Shop.Migrations", "Shop.Templates").Replace("[Microsoft.EntityFrameworkCore.Migrations.Migration(\"20260101_Initial\")]", string.Empty)
            .Replace(" : Microsoft.EntityFrameworkCore.Migrations.Migration", string.Empty);
        var stubs = """
            namespace Microsoft.EntityFrameworkCore.Migrations
            {
                public class Migration { }
                public sealed class MigrationAttribute : System.Attribute { public MigrationAttribute(string id) { } }
            }
            """;
        var handWritten = $$"""
            namespace Shop;

            public class Scores
            {
                public int {|#0:Weigh|}(int[] values)
                {
            {{Summing}}
                }
            }
            """;
        var test = DuplicationTest.Create(migration, template, stubs, handWritten, handWritten.Replace("Scores", "Ratings").Replace("{|#0:Weigh|}", "{|#1:Rate|}"));
        test.AnalyzerConfigFiles.Add(("/repo/.editorconfig", "root = true\n\n[File1.cs]\nbuild_metadata.Compile.HarnessTemplateOutput = true\n"));

        // The hand-written copies find each other, and neither names the generated ones.
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2001").AtMarker(1).WithAdditionalMarker(0));
        return test.RunAsync();
    }

    [Fact]
    public Task A_name_that_says_its_direction_twice_is_still_an_antonym_pair_but_a_renamed_copy_is_reported()
    {
        // The shape of ICSharpCode.Decompiler's LdObjToLdLoc and StObjToStLoc: a load and a store rewrite, each
        // building its own instruction; Union and Intersect pick opposite sides. A store rewrite copied under a new
        // name with one call changed is still a near-duplicate.
        var code = """
            namespace Rewrites;

            public class Instruction
            {
                public Instruction Target = null!;
                public int Type;
                public bool IsVolatile;
                public int Prefix;
                public bool MatchAddress(out int variable) { variable = Type; return Prefix == 0; }
                public void ReplaceWith(Instruction other) { }
            }

            public class Load : Instruction { public Load(int variable) { } }

            public class Store : Instruction { public Store(int variable, Instruction value) { } }

            public class Context { public void Step(string text, Instruction at) { } public void EndStep(Instruction at) { } public void Log(string text) { } }

            public static class Transforms
            {
                public static bool StObjToStLoc(Instruction inst, Context context)
                {
                    if (!inst.Target.MatchAddress(out var v) || inst.Prefix != 0 || inst.IsVolatile) { return false; }
                    context.Step("stobj(ldloca v) => stloc v", inst);
                    Instruction replacement = new Store(v, inst.Target);
                    inst.ReplaceWith(replacement);
                    context.EndStep(replacement);
                    return true;
                }

                public static bool LdObjToLdLoc(Instruction inst, Context context)
                {
                    if (!inst.Target.MatchAddress(out var v) || inst.Prefix != 0 || inst.IsVolatile) { return false; }
                    context.Step("ldobj(ldloca v) => ldloc v", inst);
                    Instruction replacement = new Load(v);
                    inst.ReplaceWith(replacement);
                    context.EndStep(replacement);
                    return true;
                }

                public static int Intersect(int a, int b)
                {
                    if (a > b) { var swap = a; a = b; b = swap; }
                    if (a == 1 && b == 2) { return 3; }
                    System.Diagnostics.Debug.Assert(!(a == 2 && b == 1));
                    System.Console.WriteLine("combining " + a + " and " + b);
                    return a;
                }

                public static int Union(int a, int b)
                {
                    if (a > b) { var swap = a; a = b; b = swap; }
                    if (a == 1 && b == 2) { return 4; }
                    System.Diagnostics.Debug.Assert(!(a == 2 && b == 1));
                    System.Console.WriteLine("combining " + a + " and " + b);
                    return b;
                }
            }

            public static class LoggedTransforms
            {
                public static bool {|#0:StoreObjectToLocal|}(Instruction inst, Context context)
                {
                    if (!inst.Target.MatchAddress(out var v) || inst.Prefix != 0 || inst.IsVolatile) { return false; }
                    context.Log("stobj(ldloca v) => stloc v");
                    Instruction replacement = new Store(v, inst.Target);
                    inst.ReplaceWith(replacement);
                    context.EndStep(replacement);
                    return true;
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2002").AtMarker(0)
            .WithMessage("'LoggedTransforms.StoreObjectToLocal' is 97% similar to 'Transforms.StObjToStLoc' (File0.cs line 21): extract the shared part"));
        return test.RunAsync();
    }

    [Fact]
    public Task Identical_branches_are_not_reported_again_as_a_duplicated_block_but_a_third_copy_elsewhere_is()
    {
        // The shape of ICSharpCode.Decompiler's AwaitInFinallyTransform.SimplifyEndOfFinally: an if and an else-if
        // whose bodies are equal are HAR2004's finding; a HAR2003 on the same body would ask for a second change.
        var code = """
            using System.Collections.Generic;

            namespace Rewrites;

            public class Finally
            {
                public void Simplify(List<int> instructions, int condition, System.Action<string> step)
                {
                    if (condition == 0)
                    {
                        step("Simplify end of finally at " + instructions.Count);
                        instructions.RemoveRange(instructions.Count - 3, 2);
                        instructions[instructions.Count - 1] = instructions.Count * 2 + condition;
                    }
                    else if (condition == 1)
                    {
                        step("Simplify end of finally at " + instructions.Count);
                        instructions.RemoveRange(instructions.Count - 3, 2);
                        instructions[instructions.Count - 1] = instructions.Count * 2 + condition;
                    }
                    else
                    {
                        System.Diagnostics.Debug.Fail("Broken block");
                    }
                }

                public void Again(List<int> instructions, int condition, System.Action<string> step)
                {
                    instructions.Reverse();
                    {|#0:step("Simplify end of finally at " + instructions.Count);
                    instructions.RemoveRange(instructions.Count - 3, 2);
                    instructions[instructions.Count - 1] = instructions.Count * 2 + condition;|}
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(0)
            .WithMessage("These 3 statements are repeated in 'Finally.Simplify' (File0.cs line 11): extract the shared part into one method"));
        return test.RunAsync();
    }

    [Fact]
    public Task Blocks_that_work_on_variables_of_other_types_are_per_type_twins_but_a_copy_on_the_same_types_is_reported()
    {
        // The shape of ICSharpCode.Decompiler's TypeSystemAstBuilder: each Convert* method builds its own kind of
        // declaration from its own kind of entity with the same few statements. Written once more for a field, in
        // another class, the statements are a copy.
        var code = """
            using System.Collections.Generic;

            namespace Syntax;

            public interface IEntity { string Name { get; } string ReturnType { get; } IEnumerable<string> GetAttributes(); }
            public interface IField : IEntity { bool IsVolatile { get; } }
            public interface IProperty : IEntity { bool CanSet { get; } }

            public class EntityDeclaration
            {
                public string Name = "";
                public string ReturnType = "";
                public List<string> Attributes { get; } = new();
                public void AddAnnotation(object annotation) { }
            }

            public class FieldDeclaration : EntityDeclaration { }
            public class PropertyDeclaration : EntityDeclaration { }

            public class Builder
            {
                public bool ShowAttributes;
                public bool AddAnnotations;

                public static string ConvertType(string type) => type.Trim();

                public FieldDeclaration ConvertField(IField field)
                {
                    FieldDeclaration decl = new FieldDeclaration();
                    decl.Name = field.IsVolatile ? "volatile " + field.Name : field.Name;
                    if (ShowAttributes) { decl.Attributes.AddRange(field.GetAttributes()); }
                    if (AddAnnotations) { decl.AddAnnotation(field); }
                    decl.ReturnType = ConvertType(field.ReturnType);
                    if (field.IsVolatile && decl.Attributes.Count == 0) { decl.Attributes.Add("volatile field " + field.Name); }
                    decl.Attributes.Sort(System.StringComparer.Ordinal);
                    return decl;
                }

                public PropertyDeclaration ConvertProperty(IProperty property)
                {
                    PropertyDeclaration decl = new PropertyDeclaration();
                    System.Diagnostics.Debug.Assert(property.CanSet || property.Name.Length > 0);
                    if (ShowAttributes) { decl.Attributes.AddRange(property.GetAttributes()); }
                    if (AddAnnotations) { decl.AddAnnotation(property); }
                    decl.ReturnType = ConvertType(property.ReturnType);
                    foreach (var accessor in property.CanSet ? new[] { "get", "set" } : new[] { "get" }) { decl.AddAnnotation(accessor + "_" + property.Name); }
                    decl.Name = property.Name.Length > 0 ? property.Name : "<unnamed property>";
                    return decl;
                }

                public void Print(IField entity, List<string> lines)
                {
                    var declaration = new FieldDeclaration();
                    lines.Add("field " + entity.Name);
                    {|#0:if (ShowAttributes) { declaration.Attributes.AddRange(entity.GetAttributes()); }
                    if (AddAnnotations) { declaration.AddAnnotation(entity); }
                    declaration.ReturnType = ConvertType(entity.ReturnType);|}
                    lines.Add(declaration.ReturnType);
                    lines.Sort(System.StringComparer.OrdinalIgnoreCase);
                    lines.Insert(0, "// " + lines.Count + " lines for " + entity.Name.ToUpperInvariant());
                    System.Console.WriteLine(string.Join(System.Environment.NewLine, lines));
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(0)
            .WithMessage("These 3 statements are repeated in 'Builder.ConvertField' (File0.cs line 31): extract the shared part into one method"));
        return test.RunAsync();
    }

    [Fact]
    public Task Cases_of_one_member_that_differ_in_a_literal_are_quiet_but_matchers_looking_for_another_constant_are_reported()
    {
        // The shapes of ICSharpCode.Decompiler's TextWriterTokenWriter.WriteComment (a switch section per comment
        // kind, each writing its own marker and width) and InlineArrayTransform (the same guards looking for another
        // helper name, which one matcher taking the name replaces).
        var code = """
            namespace Output;

            public enum CommentType { SingleLine, Documentation }

            public class TokenWriter
            {
                private readonly System.IO.TextWriter _writer = System.IO.TextWriter.Null;
                private int _length;
                private int _column;
                private int _line;
                private bool _needsIndent;
                private bool _atStart;

                public void WriteComment(CommentType type, string content)
                {
                    switch (type)
                    {
                        case CommentType.SingleLine:
                            _writer.Write("//");
                            _writer.WriteLine(content);
                            _length += 2 + content.Length + _writer.NewLine.Length;
                            _column = 1;
                            _line++;
                            _needsIndent = true;
                            _atStart = true;
                            break;
                        case CommentType.Documentation:
                            _writer.Write("///");
                            _writer.WriteLine(content);
                            _length += 3 + content.Length + _writer.NewLine.Length;
                            _column = 1;
                            _line++;
                            _needsIndent = true;
                            _atStart = true;
                            break;
                    }
                }

                public bool MatchHelper(string[] call, bool readOnly, out string element)
                {
                    element = "";
                    if (readOnly)
                    {
                        if (call.Length != 3) { return false; }
                        if (call[0] != "InlineArrayAsReadOnlySpan") { return false; }
                        if (call[1].Length == 0 || call[2].Length == 0) { return false; }
                        element = call[1].Trim() + "." + call[2].Trim();
                        if (element.Length > 200) { return false; }
                        System.Console.WriteLine("matched " + element + " at " + call.Length);
                    }
                    else
                    {
                        {|#0:if (call.Length != 3) { return false; }
                        if (call[0] != "InlineArrayAsSpan") { return false; }
                        if (call[1].Length == 0 || call[2].Length == 0) { return false; }
                        element = call[1].Trim() + "." + call[2].Trim();
                        if (element.Length > 200) { return false; }
                        System.Console.WriteLine("matched " + element + " at " + call.Length);|}
                    }

                    return element.Length > 0;
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(0)
            .WithMessage("These 6 statements are repeated in 'TokenWriter.MatchHelper' (File0.cs line 44): extract the shared part into one method"));
        return test.RunAsync();
    }

    [Fact]
    public Task Short_writer_call_sequences_are_quiet_but_a_copied_writer_with_logic_is_reported()
    {
        // The shape of ICSharpCode.Decompiler's CSharpOutputVisitor: each Visit*Declaration opens with the same calls
        // on its own node (StartNode, attributes, modifiers, return type, Space, private implementation type), which
        // is how one kind of node is written. The property and indexer visitors also share the accessor block writer
        // (a brace style chosen, the getter and setter children in their order, the brace closed): that is a copy.
        var code = """
            using System.Collections.Generic;

            namespace Output;

            public enum BraceStyle { EndOfLine, NextLine }

            public class Node
            {
                public List<string> Attributes { get; } = new();
                public int Modifiers;
                public Node? ReturnType;
                public Node? PrivateImplementationType;
                public Node? Body;
                public string Name = "";
                public List<Node> Children { get; } = new();
                public bool IsAccessor;
                public void AcceptVisitor(OutputVisitor visitor) { }
            }

            public class OutputVisitor
            {
                public BraceStyle PropertyBraceStyle;
                public BraceStyle MethodBraceStyle;

                void StartNode(Node node) { }
                void EndNode(Node node) { }
                void WriteAttributes(List<string> attributes) { }
                void WriteModifiers(int modifiers) { }
                void WriteImplementationType(Node? type) { }
                void WriteIdentifier(string name) { }
                void Space() { }
                void OpenBrace(BraceStyle style, bool newLine) { }
                void CloseBrace(BraceStyle style, bool unindent) { }
                void WriteParameters(Node node) { }
                bool IsSingleLine(Node node, BraceStyle style) => style == BraceStyle.EndOfLine && node.Children.Count < 2;

                public void VisitMethodDeclaration(Node method)
                {
                    StartNode(method);
                    WriteAttributes(method.Attributes);
                    WriteModifiers(method.Modifiers);
                    method.ReturnType?.AcceptVisitor(this);
                    Space();
                    WriteImplementationType(method.PrivateImplementationType);
                    WriteParameters(method);
                    WriteIdentifier(method.Name);
                    method.Body?.AcceptVisitor(this);
                    EndNode(method);
                }

                public void VisitPropertyDeclaration(Node property)
                {
                    StartNode(property);
                    WriteAttributes(property.Attributes);
                    WriteModifiers(property.Modifiers);
                    property.ReturnType?.AcceptVisitor(this);
                    Space();
                    WriteImplementationType(property.PrivateImplementationType);
                    WriteIdentifier(property.Name);
                    bool isSingleLine = IsSingleLine(property, PropertyBraceStyle);
                    OpenBrace(isSingleLine ? BraceStyle.EndOfLine : PropertyBraceStyle, newLine: !isSingleLine);
                    foreach (var child in property.Children)
                    {
                        if (child.IsAccessor) { child.AcceptVisitor(this); }
                    }

                    CloseBrace(isSingleLine ? BraceStyle.EndOfLine : PropertyBraceStyle, unindent: !isSingleLine);
                    EndNode(property);
                }

                public void VisitIndexerDeclaration(Node indexer)
                {
                    StartNode(indexer);
                    WriteAttributes(indexer.Attributes);
                    WriteModifiers(indexer.Modifiers);
                    indexer.ReturnType?.AcceptVisitor(this);
                    Space();
                    WriteImplementationType(indexer.PrivateImplementationType);
                    if (indexer.Children.Count == 0) { WriteIdentifier("this[]"); return; }
                    var parameters = new List<Node>(indexer.Children.FindAll(child => !child.IsAccessor));
                    parameters.Sort((left, right) => string.CompareOrdinal(left.Name, right.Name));
                    foreach (var parameter in parameters) { WriteParameters(parameter); }
                    {|#1:bool isSingleLine = IsSingleLine(indexer, PropertyBraceStyle);
                    OpenBrace(isSingleLine ? BraceStyle.EndOfLine : PropertyBraceStyle, newLine: !isSingleLine);
                    foreach (var child in indexer.Children)
                    {
                        if (child.IsAccessor) { child.AcceptVisitor(this); }
                    }

                    CloseBrace(isSingleLine ? BraceStyle.EndOfLine : PropertyBraceStyle, unindent: !isSingleLine);
                    EndNode(indexer);|}
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(1)
            .WithMessage("These 5 statements are repeated in 'OutputVisitor.VisitPropertyDeclaration' (File0.cs line 60): extract the shared part into one method"));
        return test.RunAsync();
    }

    [Fact]
    public Task Small_matchers_of_one_shape_are_quiet_but_a_copied_matcher_with_logic_of_its_own_is_reported()
    {
        // The shape of ICSharpCode.Decompiler's PatternMatching: one Match* helper per instruction pattern, each a
        // single test whose outcome sets every out parameter (and sets them again to null when the test fails). The
        // equality and inequality matchers share a loop that unwraps negations: that part is a copy.
        var code = """
            namespace IL;

            public enum ComparisonKind { Equality, Inequality }

            public class Instruction
            {
                public Instruction? Condition;
                public Instruction? TrueInst;
                public Instruction? FalseInst;
                public Instruction? Left;
                public Instruction? Right;
                public Instruction? Argument;
                public ComparisonKind Kind;
                public bool IsLifted;
                public bool IsIf;
                public bool IsComparison;
                public int? Constant;

                public bool MatchNop() => Constant is null && Argument is null;

                public bool MatchLdcI4(int value) => Constant == value;

                public bool MatchLogicNot(out Instruction? argument)
                {
                    argument = Argument;
                    return argument is not null && !IsComparison;
                }

                public bool MatchIfInstruction(out Instruction? condition, out Instruction? trueInst)
                {
                    var inst = IsIf ? this : null;
                    if (inst != null && inst.FalseInst!.MatchNop())
                    {
                        condition = inst.Condition;
                        trueInst = inst.TrueInst;
                        return true;
                    }

                    condition = null;
                    trueInst = null;
                    return false;
                }

                public bool MatchLogicAnd(out Instruction? lhs, out Instruction? rhs)
                {
                    var inst = IsIf ? this : null;
                    if (inst != null && inst.FalseInst!.MatchLdcI4(0))
                    {
                        lhs = inst.Condition;
                        rhs = inst.TrueInst;
                        return true;
                    }

                    lhs = null;
                    rhs = null;
                    return false;
                }

                public bool MatchCompEquals(out Instruction? left, out Instruction? right)
                {
                    Instruction thisInst = this;
                    var compKind = ComparisonKind.Equality;
                    while (thisInst.MatchLogicNot(out var arg) && arg!.IsComparison)
                    {
                        thisInst = arg;
                        if (compKind == ComparisonKind.Equality)
                            compKind = ComparisonKind.Inequality;
                        else
                            compKind = ComparisonKind.Equality;
                    }

                    if (thisInst.IsComparison && thisInst.Kind == compKind && !thisInst.IsLifted)
                    {
                        left = thisInst.Left;
                        right = thisInst.Right;
                        return true;
                    }

                    left = null;
                    right = null;
                    return false;
                }

                public bool {|#0:MatchCompNotEquals|}(out Instruction? left, out Instruction? right)
                {
                    Instruction thisInst = this;
                    var compKind = ComparisonKind.Inequality;
                    while (thisInst.MatchLogicNot(out var arg) && arg!.IsComparison)
                    {
                        thisInst = arg;
                        if (compKind == ComparisonKind.Equality)
                            compKind = ComparisonKind.Inequality;
                        else
                            compKind = ComparisonKind.Equality;
                    }

                    if (thisInst.IsComparison && thisInst.Kind == compKind && !thisInst.IsLifted)
                    {
                        left = thisInst.Left;
                        right = thisInst.Right;
                        return true;
                    }

                    left = null;
                    right = null;
                    return false;
                }
            }

            public static class TaskType
            {
                // Matchers that build what they hand back (the builder's name and arity) have logic of their own.
                public static bool IsNonGenericTaskType(string task, out string builderTypeName)
                {
                    if (task == "System.Threading.Tasks.Task")
                    {
                        builderTypeName = string.Concat("System.Runtime.CompilerServices.", "AsyncTaskMethodBuilder");
                        return true;
                    }
                    if (task.EndsWith("Task", System.StringComparison.Ordinal))
                    {
                        builderTypeName = task.Replace("Task", "TaskBuilder");
                        return builderTypeName.IndexOf('`') < 0;
                    }
                    builderTypeName = "";
                    return false;
                }

                public static bool {|#1:IsGenericTaskType|}(string task, out string builderTypeName)
                {
                    if (task == "System.Threading.Tasks.Task`1")
                    {
                        builderTypeName = string.Concat("System.Runtime.CompilerServices.", "AsyncTaskMethodBuilder`1");
                        return true;
                    }
                    if (task.EndsWith("Task", System.StringComparison.Ordinal))
                    {
                        builderTypeName = task.Replace("Task", "TaskBuilder");
                        return builderTypeName.IndexOf('`') > 0;
                    }
                    builderTypeName = "";
                    return false;
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2002").AtMarker(1)
            .WithMessage("'TaskType.IsGenericTaskType' is 98% similar to 'TaskType.IsNonGenericTaskType' (File0.cs line 113): extract the shared part"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2002").AtMarker(0)
            .WithMessage("'Instruction.MatchCompNotEquals' is 99% similar to 'Instruction.MatchCompEquals' (File0.cs line 59): extract the shared part"));
        return test.RunAsync();
    }

    [Fact]
    public Task Writer_calls_with_an_optional_part_are_quiet_but_a_copied_choice_between_writers_is_reported()
    {
        // The shape of ICSharpCode.Decompiler's ResXResourceWriter: WriteString and WriteBytes close the value element
        // and write the comment element if there is one, the same calls in both. Two members that choose between a
        // comment and a placeholder with the same if/else make the same decision twice: that is a copy.
        var code = """
            namespace Resources;

            public class ResourceWriter
            {
                private readonly System.Xml.XmlWriter _writer = System.Xml.XmlWriter.Create(System.IO.Stream.Null);

                public void WriteString(string name, string value, string? comment)
                {
                    _writer.WriteStartElement("data");
                    _writer.WriteAttributeString("name", name);
                    if (value.Length > 0 && char.IsWhiteSpace(value[0])) { _writer.WriteAttributeString("xml", "space", null, "preserve"); }
                    var lines = value.Split('\n');
                    foreach (var line in lines) { if (line.Length > 80) { _writer.WriteComment("long line " + line.Substring(0, 10)); } }
                    var encoded = System.Text.Encoding.UTF8.GetByteCount(value);
                    _writer.WriteAttributeString("size", encoded.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    _writer.WriteStartElement("value");
                    _writer.WriteString(value);
                    _writer.WriteEndElement();
                    if (comment != null)
                    {
                        _writer.WriteStartElement("comment");
                        _writer.WriteString(comment);
                        _writer.WriteEndElement();
                    }

                    _writer.WriteEndElement();
                }

                public void WriteBytes(string name, byte[] value, string? comment)
                {
                    _writer.WriteStartElement("data");
                    _writer.WriteAttributeString("name", name);
                    _writer.WriteAttributeString("type", typeof(byte[]).AssemblyQualifiedName);
                    var hash = 17;
                    for (var i = 0; i < value.Length; i++) { hash = unchecked(hash * 31 + value[i]); }
                    _writer.WriteAttributeString("hash", hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
                    using var stream = new System.IO.MemoryStream(value);
                    _writer.WriteAttributeString("length", stream.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    _writer.WriteStartElement("value");
                    _writer.WriteBase64(value, 0, value.Length);
                    _writer.WriteEndElement();
                    if (comment != null)
                    {
                        _writer.WriteStartElement("comment");
                        _writer.WriteString(comment);
                        _writer.WriteEndElement();
                    }

                    _writer.WriteEndElement();
                }

                public void WriteNote(string note, string? comment)
                {
                    _writer.WriteStartElement("note");
                    _writer.WriteString(note.Trim());
                    _writer.WriteAttributeString("kind", "text");
                    if (comment != null)
                    {
                        _writer.WriteStartElement("comment");
                        _writer.WriteString(comment);
                        _writer.WriteEndElement();
                    }
                    else
                    {
                        _writer.WriteComment("no comment");
                    }

                    _writer.WriteEndElement();
                }

                public void WriteHeader(string header, string? comment)
                {
                    _writer.WriteStartElement("header");
                    _writer.WriteAttributeString("length", header.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    var words = header.Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
                    for (var i = 0; i < words.Length; i++) { words[i] = words[i].ToUpperInvariant(); }
                    _writer.WriteAttributeString("title", string.Join("-", words));
                    {|#0:_writer.WriteAttributeString("kind", "text");
                    if (comment != null)
                    {
                        _writer.WriteStartElement("comment");
                        _writer.WriteString(comment);
                        _writer.WriteEndElement();
                    }
                    else
                    {
                        _writer.WriteComment("no comment");
                    }

                    _writer.WriteEndElement();|}
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(0)
            .WithMessage("These 3 statements are repeated in 'ResourceWriter.WriteNote' (File0.cs line 56): extract the shared part into one method"));
        return test.RunAsync();
    }

    [Fact]
    public Task Validators_that_differ_only_in_their_messages_are_quiet_but_one_copied_to_the_letter_is_reported()
    {
        // The shape of Humanizer's ValidateScales, one per profile type, each saying in its messages which profile
        // failed. A third validator with the same messages as the first is a plain copy.
        static string Profile(int marker, string type, string kind) => $$"""
            public sealed class {{type}}
            {
                public static int[] {|#{{marker}}:ValidateScales|}(int[] value)
                {
                    if (value.Length == 0) { throw new System.InvalidOperationException("{{kind}} profiles require at least one scale."); }
                    for (var i = 0; i < value.Length; i++)
                    {
                        if (value[i] <= 0) { throw new System.InvalidOperationException("{{kind}} profiles require positive scale values."); }
                        if (i > 0 && value[i - 1] <= value[i]) { throw new System.InvalidOperationException("{{kind}} profiles require descending scales."); }
                    }

                    return value;
                }
            }
            """;
        var code = "namespace Words;\n\n" + Profile(0, "ParserProfile", "Parser") + "\n" + Profile(1, "NumberProfile", "Number") + "\n" + Profile(2, "CopiedParserProfile", "Parser");
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2001").AtMarker(2).WithAdditionalMarker(0).WithAdditionalMarker(1)
            .WithMessage("'CopiedParserProfile.ValidateScales' has the same body as 'ParserProfile.ValidateScales' (File0.cs line 5), apart from layout, local names and literal values"));
        return test.RunAsync();
    }

    [Fact]
    public Task Opening_checks_that_decline_work_are_quiet_but_the_same_checks_inside_a_member_are_reported()
    {
        // The shape of ICSharpCode.Decompiler's TransformExpressionTrees: every Convert* method opens with the same
        // argument-count check and conversions that return (null, unknown) when they fail, then does its own work.
        // The same checks in the middle of a member are a copy.
        var code = """
            using System.Collections.Generic;

            namespace Trees;

            public class Converter
            {
                public static (string?, int) ConvertInstruction(string argument) => (argument.Length > 0 ? argument : null, argument.Length);

                public (string?, int) ConvertAdd(List<string> arguments)
                {
                    if (arguments.Count != 2) { return (null, -1); }
                    var (left, leftType) = ConvertInstruction(arguments[0]);
                    if (left == null) { return (null, -1); }
                    var (right, rightType) = ConvertInstruction(arguments[1]);
                    if (right == null) { return (null, -1); }
                    var widened = System.Math.Max(leftType, rightType);
                    foreach (var operand in new[] { left, right }) { System.Console.WriteLine(operand.PadLeft(widened, '0')); }
                    var checkedAdd = widened > 8 ? "checked(" + left + " + " + right + ")" : left + " + " + right;
                    return (checkedAdd, widened);
                }

                public (string?, int) ConvertCoalesce(List<string> arguments)
                {
                    if (arguments.Count != 2) { return (null, -1); }
                    var (left, leftType) = ConvertInstruction(arguments[0]);
                    if (left == null) { return (null, -1); }
                    var (right, rightType) = ConvertInstruction(arguments[1]);
                    if (right == null) { return (null, -1); }
                    var kind = leftType == rightType ? "ref" : "value";
                    var nullable = right.EndsWith("?", System.StringComparison.Ordinal) ? right.Substring(0, right.Length - 1) : right;
                    if (kind == "value" && nullable.Length == 0) { nullable = "default"; }
                    return (left + " ?? " + nullable + " /* " + kind + " */", rightType);
                }

                public (string?, int) ConvertLogged(List<string> arguments, List<string> log)
                {
                    log.Add("converting " + arguments.Count + " arguments");
                    {|#0:if (arguments.Count != 2) { return (null, -1); }
                    var (left, leftType) = ConvertInstruction(arguments[0]);
                    if (left == null) { return (null, -1); }
                    var (right, rightType) = ConvertInstruction(arguments[1]);
                    if (right == null) { return (null, -1); }|}
                    log.Add(left + " and " + right + " of " + (leftType + rightType));
                    log.Sort(System.StringComparer.OrdinalIgnoreCase);
                    log.RemoveAll(line => line.Trim().Length == 0 || line.StartsWith("#", System.StringComparison.Ordinal));
                    return (string.Join("; ", log), log.Count);
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(0)
            .WithMessage("These 5 statements are repeated in 'Converter.ConvertAdd' (File0.cs line 11): extract the shared part into one method"));
        return test.RunAsync();
    }

    [Fact]
    public Task Declining_checks_in_the_middle_of_detectors_are_quiet()
    {
        // The shape of ICSharpCode.Decompiler's RecordDecompiler (IsGeneratedEquals, line 903, against
        // IsGeneratedPrintMembers): after checks of their own, two detectors state the same independent preconditions,
        // each one line that declines, then do different work.
        var code = """
            using System.Collections.Generic;
            using System.Linq;

            namespace Records;

            public class Method
            {
                public string Name { get; set; } = "";
                public bool IsOverridable { get; set; }
                public List<string> Parameters { get; } = new();
                public List<string> Attributes { get; } = new();
            }

            public class RecordDetector
            {
                private readonly bool isSealed;
                private readonly List<string>? orderedMembers;

                public RecordDetector(bool isSealed, List<string>? orderedMembers) => (this.isSealed, this.orderedMembers) = (isSealed, orderedMembers);

                public bool IsGeneratedEquals(Method method, List<string> log)
                {
                    log.Add("equals " + method.Name);
                    if (method.Parameters.Count != 1)
                        return false;
                    if (!isSealed && !method.IsOverridable)
                        return false;
                    if (method.Attributes.Any(attribute => attribute.Length > 12) || method.Parameters.Any(parameter => parameter.Length == 0))
                        return false;
                    var compared = orderedMembers!.Where(member => member.StartsWith("_", System.StringComparison.Ordinal)).ToList();
                    log.AddRange(compared.Select(member => "compare " + member));
                    return compared.Count > 0 && compared.All(member => method.Parameters[0] != member);
                }

                public bool IsGeneratedPrintMembers(Method method, Dictionary<string, int> printed)
                {
                    if (method.Name != "PrintMembers")
                        return false;
                    if (method.Parameters.Count != 1)
                        return false;
                    if (!isSealed && !method.IsOverridable)
                        return false;
                    if (method.Attributes.Any(attribute => attribute.Length > 12) || method.Parameters.Any(parameter => parameter.Length == 0))
                        return false;
                    foreach (var member in method.Parameters.Concat(method.Attributes))
                    {
                        printed[member] = printed.TryGetValue(member, out var count) ? count + 1 : 1;
                    }

                    return printed.Count > 1;
                }
            }
            """;
        return DuplicationTest.Create(code).RunAsync();
    }

    [Fact]
    public Task Checks_that_bind_what_they_match_are_still_reported()
    {
        // ICSharpCode.Decompiler's AutoEventDecompiler (line 280 against line 246): the same chain of matching steps,
        // each binding what the next one tests, written out in a second matcher after a matching step of its own (the
        // static or instance store, chosen with an else). One matcher would serve both.
        var code = """
            namespace Events;

            public class Instruction { public Instruction? Argument { get; set; } public string Type { get; set; } = ""; }
            public sealed class CastClass : Instruction { }
            public sealed class Call : Instruction { public string Method { get; set; } = ""; public Instruction[] Arguments { get; set; } = System.Array.Empty<Instruction>(); }

            public class EventMatcher
            {
                public static bool IsCombine(string method, bool isAdd) => method == (isAdd ? "Combine" : "Remove");

                public bool MatchCombineAssignment(Instruction[] body, int pos, Instruction value, string fieldType, bool isAdd)
                {
                    if (body.Length <= pos + 1 || body[pos + 1].Type != "leave")
                        return false;
                    if (fieldType.Length == 0)
                    {
                        if (body[pos].Type != "stsfld")
                            return false;
                    }
                    else if (body[pos].Type != "stfld" || body[pos].Argument is null)
                    {
                        return false;
                    }

                    if (value is not CastClass castclass)
                        return false;
                    if (castclass.Type != fieldType)
                        return false;
                    if (castclass.Argument is not Call call || !IsCombine(call.Method, isAdd) || call.Arguments.Length != 2)
                        return false;
                    return call.Arguments[0].Type == "ldfld" && call.Arguments[1].Type == "ldarg";
                }

                public bool MatchCastedCombineCall(Instruction inst, string fieldType, string comparand, bool isAdd)
                {
                    {|#0:if (inst is not CastClass castclass)
                        return false;
                    if (castclass.Type != fieldType)
                        return false;
                    if (castclass.Argument is not Call call || !IsCombine(call.Method, isAdd) || call.Arguments.Length != 2)
                        return false;|}
                    var operands = new System.Collections.Generic.List<string>();
                    foreach (var argument in call.Arguments)
                    {
                        operands.Add(argument.Argument is null ? argument.Type : argument.Type + "(" + argument.Argument.Type + ")");
                    }

                    operands.Sort(System.StringComparer.Ordinal);
                    var first = operands.Count > 0 ? operands[0] : string.Empty;
                    return first == comparand && operands.TrueForAll(operand => operand.Length > 2);
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(0)
            .WithMessage("These 3 statements are repeated in 'EventMatcher.MatchCombineAssignment' (File0.cs line 25): extract the shared part into one method"));
        return test.RunAsync();
    }

    [Fact]
    public Task Factories_that_each_make_their_own_type_are_quiet()
    {
        // ICSharpCode.Decompiler's SpecializedField.Create (TypeSystem/Implementation/SpecializedField.cs line 28) and
        // SpecializedEvent.Create: the same normalisation of the substitution, then each makes an instance of its own
        // type; only that type and a parameter's name differ.
        var code = SpecializedFactories("Create", "Create", string.Empty);
        return DuplicationTest.Create(code).RunAsync();
    }

    [Fact]
    public Task Long_factories_that_each_make_their_own_type_are_still_reported()
    {
        // The same two factories with a longer shared normalisation: past a short template, one generic helper pays.
        var code = SpecializedFactories("{|#0:Create|}", "{|#1:Create|}", """
                    var classArguments = substitution.ClassTypeArguments ?? EmptyList<IType>.Instance;
                    var limit = System.Math.Min(64, classArguments.Length);
                    var kept = new IType[limit];
                    System.Array.Copy(classArguments, kept, limit);
                    System.Array.Reverse(kept);
                    substitution = new TypeParameterSubstitution(kept, substitution.MethodTypeArguments);
            """);
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2002").AtMarker(1).WithAdditionalMarker(0));
        return test.RunAsync();
    }

    [Fact]
    public Task Short_writer_calls_that_look_their_arguments_up_are_quiet_but_a_longer_such_sequence_is_reported()
    {
        // The shape of ICSharpCode.Decompiler's ReflectionDisassembler (WriteAssemblyHeader, line 2063, against
        // WriteAssemblyReferences): the same three output lines for an assembly and for an assembly reference, their
        // arguments looked up in the metadata. Five such lines copied into a third writer are worth a helper.
        var code = """
            namespace Disassembler;

            public enum AssemblyFlags { None = 0, WindowsRuntime = 512 }

            public sealed class Assembly
            {
                public AssemblyFlags Flags;
                public int Name;
                public int Culture;
                public int PublicKey;
                public int Version;
            }

            public sealed class Metadata
            {
                public string GetString(int handle) => handle.ToString(System.Globalization.CultureInfo.InvariantCulture);
                public Assembly GetAssemblyDefinition() => new();
                public Assembly GetAssemblyReference(int handle) => new() { Name = handle };
            }

            public sealed class Output
            {
                public void Write(string text) { }
                public void WriteLine(string text) { }
            }

            public class ReflectionDisassembler
            {
                private readonly Output output = new();
                private readonly Metadata metadata = new();

                private static string Escape(string text) => text.Replace("'", "\\'");
                private void OpenBlock(bool defaultCollapsed) { }
                private void CloseBlock() { }

                public void WriteAssemblyHeader()
                {
                    output.Write(".assembly ");
                    var asm = metadata.GetAssemblyDefinition();
                    if ((asm.Flags & AssemblyFlags.WindowsRuntime) == AssemblyFlags.WindowsRuntime)
                        output.Write("windowsruntime ");
                    output.Write(Escape(metadata.GetString(asm.Name)));
                    OpenBlock(false);
                    output.WriteLine(".hash algorithm 0x00008004");
                    var version = asm.Version;
                    while (version > 0) { output.Write((version % 10).ToString(System.Globalization.CultureInfo.InvariantCulture) + ":"); version /= 10; }
                    if (asm.PublicKey != 0) { output.WriteLine(".publickey = (" + asm.PublicKey.ToString("X8", System.Globalization.CultureInfo.InvariantCulture) + ")"); }
                    CloseBlock();
                }

                public void WriteAssemblyReferences(int[] references)
                {
                    foreach (var a in references)
                    {
                        var aref = metadata.GetAssemblyReference(a);
                        output.Write(".assembly extern ");
                        if ((aref.Flags & AssemblyFlags.WindowsRuntime) == AssemblyFlags.WindowsRuntime)
                            output.Write("windowsruntime ");
                        output.Write(Escape(metadata.GetString(aref.Name)));
                        OpenBlock(false);
                        var culture = metadata.GetString(aref.Culture);
                        output.WriteLine(culture.Length == 0 ? ".culture neutral" : ".culture '" + culture + "'");
                        CloseBlock();
                    }

                    output.WriteLine("// " + references.Length + " references");
                }

                public void WriteIdentity(Assembly identity)
                {
                    output.WriteLine("// identity");
                    output.WriteLine(".culture " + Escape(metadata.GetString(identity.Culture)));
                    output.WriteLine(".publickey " + Escape(metadata.GetString(identity.PublicKey)));
                    output.WriteLine(".ver " + metadata.GetString(identity.Version));
                    output.WriteLine(".name " + Escape(metadata.GetString(identity.Name)));
                    output.WriteLine(".end " + metadata.GetString(identity.Name));
                }

                public void WriteReferenceIdentity(int handle)
                {
                    var reference = metadata.GetAssemblyReference(handle);
                    if (reference.Flags == AssemblyFlags.None) { output.Write("// plain"); }
                    var counts = new int[4];
                    for (var i = 0; i < counts.Length; i++) { counts[i] = handle % (i + 2); }
                    output.Write(string.Join(",", counts));
                    {|#0:output.WriteLine(".culture " + Escape(metadata.GetString(reference.Culture)));
                    output.WriteLine(".publickey " + Escape(metadata.GetString(reference.PublicKey)));
                    output.WriteLine(".ver " + metadata.GetString(reference.Version));
                    output.WriteLine(".name " + Escape(metadata.GetString(reference.Name)));
                    output.WriteLine(".end " + metadata.GetString(reference.Name));|}
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(0)
            .WithMessage("These 5 statements are repeated in 'ReflectionDisassembler.WriteIdentity' (File0.cs line 72): extract the shared part into one method"));
        return test.RunAsync();
    }

    [Fact]
    public Task Mirror_images_whose_names_swap_roles_are_quiet_but_a_renamed_copy_is_reported()
    {
        // The shape of ICSharpCode.Decompiler's TypeInference (MakeLowerBoundInference, line 809, against
        // MakeUpperBoundInference): lower-bound inference walks U's base types and compares each with pV, upper-bound
        // inference walks V's and compares each with pU. The roles are swapped, not renamed. A third member that
        // renames every local of the walk is a copy.
        var code = """
            using System.Collections.Generic;

            namespace Inference;

            public sealed class Type
            {
                public Type? Generic;
                public int Arity;
                public List<Type> Bases { get; } = new();
            }

            public class TypeInference
            {
                private readonly List<string> _log = new();

                private void Fix(Type found, Type wanted) => _log.Add(found.Arity + " for " + wanted.Arity);

                public void MakeLowerBoundInference(Type U, Type V)
                {
                    if (ReferenceEquals(U, V)) { return; }
                    var pV = V.Generic;
                    if (pV == null) { _log.Add("lower bound of a plain type"); return; }
                    Type? unique = null;
                    foreach (var baseU in U.Bases)
                    {
                        var pU = baseU.Generic;
                        if (pU != null && Equals(pU.Generic, pV.Generic) && pU.Arity == pV.Arity) { unique = pU; }
                    }

                    if (unique != null) { Fix(unique, pV); }
                    _log.Sort(System.StringComparer.Ordinal);
                }

                public void MakeUpperBoundInference(Type U, Type V)
                {
                    var pU = U.Generic;
                    var depth = 0;
                    for (var current = V; current.Bases.Count > 0; current = current.Bases[0]) { depth++; }
                    _log.Add("upper bound at depth " + depth);
                    Type? unique = null;
                    foreach (var baseV in V.Bases)
                    {
                        var pV = baseV.Generic;
                        if (pV != null && Equals(pU.Generic, pV.Generic) && pU.Arity == pV.Arity) { unique = pV; }
                    }

                    if (unique != null) { Fix(unique, pU); }
                    _log.RemoveAll(line => line.Length == 0);
                }

                public int MakeExactInference(Type X, Type Y, int limit)
                {
                    var pY = Y.Generic ?? Y;
                    if (limit <= 0 || X.Bases.Count > limit) { return -1; }
                    {|#0:Type? unique = null;
                    foreach (var baseX in X.Bases)
                    {
                        var pX = baseX.Generic;
                        if (pX != null && Equals(pX.Generic, pY.Generic) && pX.Arity == pY.Arity) { unique = pX; }
                    }

                    if (unique != null) { Fix(unique, pY); }|}
                    return _log.Count * limit;
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(0)
            .WithMessage("These 3 statements are repeated in 'TypeInference.MakeLowerBoundInference' (File0.cs line 23): extract the shared part into one method"));
        return test.RunAsync();
    }

    [Fact]
    public Task Near_duplicates_that_call_no_method_in_common_are_quiet_but_a_copy_keeping_a_call_is_reported()
    {
        // The shape of Humanizer's StemmedScaleNumberToWordsConverter: Convert and ConvertToOrdinal handle the sign the
        // same way around a call of their own (ConvertPositive, ConvertPositiveToOrdinal). A third member that keeps
        // the original's call and changes one condition is a copy.
        var code = """
            namespace Words;

            public class StemmedScaleConverter
            {
                private readonly string _zero = "zero";
                private readonly string _negative = "minus";
                private readonly System.Collections.Generic.Dictionary<long, string> _exceptions = new();

                public string {|#0:Convert|}(long number)
                {
                    if (number == 0)
                    {
                        return _zero;
                    }

                    if (number < 0)
                    {
                        var magnitude = number == long.MinValue ? (ulong)long.MaxValue + 1UL : (ulong)-number;
                        return _negative + " " + ConvertPositive(magnitude);
                    }

                    return ConvertPositive((ulong)number);
                }

                public string ConvertToOrdinal(long number)
                {
                    if (_exceptions.TryGetValue(number, out var exact))
                    {
                        return exact;
                    }

                    if (number < 0)
                    {
                        var magnitude = number == long.MinValue ? (ulong)long.MaxValue + 1UL : (ulong)-number;
                        return _negative + " " + ConvertPositiveToOrdinal(magnitude);
                    }

                    return ConvertPositiveToOrdinal((ulong)number);
                }

                public string {|#1:ConvertShort|}(long number)
                {
                    if (number == 0 || number > short.MaxValue)
                    {
                        return _zero;
                    }

                    if (number < 0)
                    {
                        var magnitude = number == long.MinValue ? (ulong)long.MaxValue + 1UL : (ulong)-number;
                        return _negative + " " + ConvertPositive(magnitude);
                    }

                    return ConvertPositive((ulong)number);
                }

                private static string ConvertPositive(ulong number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);

                private static string ConvertPositiveToOrdinal(ulong number) => number + "th";
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2002").AtMarker(1).WithAdditionalMarker(0));
        return test.RunAsync();
    }

    [Fact]
    public Task Shared_checks_after_a_detectors_own_opening_checks_are_quiet_but_after_work_of_its_own_are_reported()
    {
        // The shape of ICSharpCode.Decompiler's RecordDecompiler (IsGeneratedPrintMembers, line 647, against
        // IsGeneratedCopyConstructor): each detector asserts what it was given and checks its own preconditions, then
        // states the same ones as the others before the part that is its own. The same checks after a member has
        // started its work are a copy.
        var code = """
            using System.Collections.Generic;
            using System.Diagnostics;
            using System.Linq;

            namespace Records;

            public sealed class Method
            {
                public string Name = "";
                public List<string> Parameters { get; } = new();
                public List<string> Attributes { get; } = new();
                public bool IsOverridable;
                public int Accessibility;
            }

            public class RecordDecompiler
            {
                private readonly List<string>? orderedMembers = new();
                private readonly bool isSealed;

                private static bool IsAllowedAttribute(string attribute) => attribute.StartsWith("System.", System.StringComparison.Ordinal);
                private static List<string>? DecompileBody(Method method) => method.Parameters.Count > 0 ? method.Parameters : null;

                public bool IsGeneratedPrintMembers(Method method)
                {
                    Debug.Assert(method.Name == "PrintMembers");
                    if (method.Parameters.Count != 1)
                        return false;
                    if (!isSealed && !method.IsOverridable)
                        return false;
                    if (method.Attributes.Any(attribute => !IsAllowedAttribute(attribute)) || method.Name.Length == 0)
                        return false;
                    if (orderedMembers == null)
                        return false;
                    var body = DecompileBody(method);
                    if (body == null)
                        return false;
                    if (body.Count > orderedMembers.Count)
                        return false;
                    var pos = 0;
                    foreach (var member in orderedMembers) { if (body.Contains(member)) { pos++; } }
                    return pos == orderedMembers.Count;
                }

                public bool IsGeneratedCopyConstructor(Method method)
                {
                    Debug.Assert(method.Parameters.Count == 1);
                    if (method.Attributes.Any(attribute => !IsAllowedAttribute(attribute)) || method.Name.Length == 0)
                        return false;
                    if (orderedMembers == null)
                        return false;
                    var body = DecompileBody(method);
                    if (body == null)
                        return false;
                    if (body.Count > orderedMembers.Count)
                        return false;
                    return body.SequenceEqual(orderedMembers, System.StringComparer.Ordinal);
                }

                public bool IsGeneratedEquals(Method method, List<string> log)
                {
                    log.Add("checking " + method.Name);
                    {|#0:if (method.Attributes.Any(attribute => !IsAllowedAttribute(attribute)) || method.Name.Length == 0)
                        return false;
                    if (orderedMembers == null)
                        return false;
                    var body = DecompileBody(method);
                    if (body == null)
                        return false;
                    if (body.Count > orderedMembers.Count)
                        return false;|}
                    log.Sort(System.StringComparer.Ordinal);
                    return body.Count == orderedMembers.Count && log.Count > body.Count;
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(0)
            .WithMessage("These 5 statements are repeated in 'RecordDecompiler.IsGeneratedPrintMembers' (File0.cs line 31): extract the shared part into one method"));
        return test.RunAsync();
    }

    [Fact]
    public Task Near_duplicates_that_share_fewer_than_min_tokens_are_quiet_but_a_copy_sharing_more_is_reported()
    {
        // Humanizer's ToTitleCase (AllAsciiCapitals, line 218, against ContainsNonAscii): two short loops over a range,
        // one testing for capitals, the other for non-ASCII; what they share is the loop, under min_tokens (40, the
        // default). The first loop copied with one more test is a copy.
        var code = """
            namespace Text;

            public static class TitleCase
            {
                static bool {|#0:ContainsNonAscii|}(string input, int index, int length)
                {
                    var end = index + length;
                    for (var i = index; i < end; i++)
                    {
                        if (input[i] > '\u007F')
                        {
                            return true;
                        }
                    }

                    return false;
                }

                static bool AllAsciiCapitals(string input, int index, int length)
                {
                    var end = index + length;
                    for (var i = index; i < end; i++)
                    {
                        if (input[i] is not (>= 'A' and <= 'Z'))
                        {
                            return false;
                        }
                    }

                    return true;
                }

                static bool {|#1:ContainsNonAsciiOrControl|}(string input, int index, int length)
                {
                    var end = index + length;
                    for (var i = index; i < end; i++)
                    {
                        if (input[i] > '\u007F' || input[i] < ' ')
                        {
                            return true;
                        }
                    }

                    return false;
                }
            }
            """;
        var test = DuplicationTest.CreateWithRules("[redundancy]\nmin_tokens = 40\nsimilarity = 0.8\n", code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2002").AtMarker(1).WithAdditionalMarker(0));
        return test.RunAsync();
    }

    [Fact]
    public Task Visitor_methods_with_one_body_are_quiet_but_the_body_copied_into_another_member_is_reported()
    {
        // ICSharpCode.Decompiler's CSharpOutputVisitor (VisitTupleType, line 2796, against VisitTupleExpression): the
        // visitor writes a tuple type and a tuple expression the same way, one method per kind of node. The same body
        // copied into a method that is not a visitor's is a copy.
        var code = """
            using System.Collections.Generic;

            namespace Output;

            public sealed class Node { public List<Node> Elements { get; } = new(); }

            public class OutputVisitor
            {
                private readonly List<string> _tokens = new();

                private void StartNode(Node node) => _tokens.Add("<");
                private void EndNode(Node node) => _tokens.Add(">");
                private void WriteCommaSeparatedList(List<Node> nodes) { foreach (var node in nodes) { _tokens.Add(","); } }

                public void VisitTupleExpression(Node tupleExpression)
                {
                    StartNode(tupleExpression);
                    _tokens.Add("(");
                    WriteCommaSeparatedList(tupleExpression.Elements);
                    _tokens.Add(")");
                    EndNode(tupleExpression);
                }

                public void VisitTupleType(Node tupleType)
                {
                    StartNode(tupleType);
                    _tokens.Add("(");
                    WriteCommaSeparatedList(tupleType.Elements);
                    _tokens.Add(")");
                    EndNode(tupleType);
                }

                public void {|#0:WriteTuple|}(Node tuple)
                {
                    StartNode(tuple);
                    _tokens.Add("(");
                    WriteCommaSeparatedList(tuple.Elements);
                    _tokens.Add(")");
                    EndNode(tuple);
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2001").AtMarker(0)
            .WithMessage("'OutputVisitor.WriteTuple' has the same body as 'OutputVisitor.VisitTupleExpression' (File0.cs line 15), apart from layout, local names and literal values"));
        return test.RunAsync();
    }

    [Fact]
    public Task Lookup_tables_over_the_same_keys_are_quiet_but_switches_that_compute_alike_are_reported()
    {
        // ICSharpCode.Decompiler's Comp.cs (ToBinaryOperatorType, line 66, against Negate): two switches over
        // ComparisonKind that map each kind to a constant, other constants in each. Two switches that build their
        // results with the same calls are a copy.
        var code = """
            namespace IL;

            public enum ComparisonKind { Equality, Inequality, LessThan, LessThanOrEqual, GreaterThan, GreaterThanOrEqual }
            public enum BinaryOperatorType { Equality, InEquality, LessThan, LessThanOrEqual, GreaterThan, GreaterThanOrEqual }

            public static class ComparisonKindExtensions
            {
                public static ComparisonKind Negate(this ComparisonKind kind)
                {
                    switch (kind)
                    {
                        case ComparisonKind.Equality:
                            return ComparisonKind.Inequality;
                        case ComparisonKind.Inequality:
                            return ComparisonKind.Equality;
                        case ComparisonKind.LessThan:
                            return ComparisonKind.GreaterThanOrEqual;
                        case ComparisonKind.LessThanOrEqual:
                            return ComparisonKind.GreaterThan;
                        case ComparisonKind.GreaterThan:
                            return ComparisonKind.LessThanOrEqual;
                        case ComparisonKind.GreaterThanOrEqual:
                            return ComparisonKind.LessThan;
                        default:
                            throw new System.ArgumentOutOfRangeException();
                    }
                }

                public static BinaryOperatorType ToBinaryOperatorType(this ComparisonKind kind)
                {
                    switch (kind)
                    {
                        case ComparisonKind.Equality:
                            return BinaryOperatorType.Equality;
                        case ComparisonKind.Inequality:
                            return BinaryOperatorType.InEquality;
                        case ComparisonKind.LessThan:
                            return BinaryOperatorType.LessThan;
                        case ComparisonKind.LessThanOrEqual:
                            return BinaryOperatorType.LessThanOrEqual;
                        case ComparisonKind.GreaterThan:
                            return BinaryOperatorType.GreaterThan;
                        case ComparisonKind.GreaterThanOrEqual:
                            return BinaryOperatorType.GreaterThanOrEqual;
                        default:
                            throw new System.ArgumentOutOfRangeException();
                    }
                }

                private static string Format(string symbol, bool spaced) => spaced ? " " + symbol + " " : symbol;

                public static string {|#0:ToSymbol|}(this ComparisonKind kind, bool spaced)
                {
                    switch (kind)
                    {
                        case ComparisonKind.Equality:
                            return Format("==", spaced);
                        case ComparisonKind.Inequality:
                            return Format("!=", spaced);
                        case ComparisonKind.LessThan:
                            return Format("<", spaced);
                        case ComparisonKind.LessThanOrEqual:
                            return Format("<=", spaced);
                        case ComparisonKind.GreaterThan:
                            return Format(">", spaced);
                        default:
                            throw new System.ArgumentOutOfRangeException(nameof(kind));
                    }
                }

                public static string {|#1:ToNegatedSymbol|}(this ComparisonKind kind, bool spaced)
                {
                    switch (kind)
                    {
                        case ComparisonKind.Equality:
                            return Format("!=", spaced);
                        case ComparisonKind.Inequality:
                            return Format("==", spaced);
                        case ComparisonKind.LessThan:
                            return Format(">=", spaced);
                        case ComparisonKind.LessThanOrEqual:
                            return Format(">", spaced);
                        case ComparisonKind.GreaterThan:
                            return Format("<=", spaced);
                        case ComparisonKind.GreaterThanOrEqual:
                            return Format("<", spaced);
                        default:
                            throw new System.ArgumentOutOfRangeException(nameof(kind));
                    }
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2002").AtMarker(1).WithAdditionalMarker(0));
        return test.RunAsync();
    }

    [Fact]
    public Task Near_duplicates_where_one_does_a_quarter_more_are_quiet_but_a_copy_of_the_same_size_is_reported()
    {
        // ICSharpCode.Decompiler's AstNode (EnsureChildIndices, line 536, against the FirstChild getter): both loop over
        // the children, but one first checks and sets a flag and then numbers every child, 8 statements against 6. A
        // member that looks for the first child of a role is the getter copied with one condition added.
        var code = """
            namespace Syntax;

            public class AstNode
            {
                private readonly AstNode?[] _children = new AstNode?[4];
                private bool childIndicesValid;
                private int childIndex;

                public int Role { get; set; }

                private int GetChildCount() => _children.Length;

                private AstNode? GetChild(int index) => _children[index];

                public AstNode? FirstChild
                {
                    {|#0:get|}
                    {
                        int count = GetChildCount();
                        for (int i = 0; i < count; i++)
                        {
                            AstNode? c = GetChild(i);
                            if (c != null)
                                return c;
                        }
                        return null;
                    }
                }

                void EnsureChildIndices()
                {
                    if (childIndicesValid)
                        return;
                    childIndicesValid = true;
                    int count = GetChildCount();
                    for (int i = 0; i < count; i++)
                    {
                        AstNode? c = GetChild(i);
                        if (c != null)
                            c.childIndex = i;
                    }
                }

                public AstNode? {|#1:FirstChildOfRole|}(int role)
                {
                    int count = GetChildCount();
                    for (int i = 0; i < count; i++)
                    {
                        AstNode? c = GetChild(i);
                        if (c != null && c.Role == role)
                            return c;
                    }
                    return null;
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2002").AtMarker(1).WithAdditionalMarker(0));
        return test.RunAsync();
    }

    /// <summary>ICSharpCode.Decompiler's SpecializedField and SpecializedEvent, each with a <c>Create</c> factory whose body holds <paramref name="shared"/> too.</summary>
    private static string SpecializedFactories(string fieldCreate, string eventCreate, string shared) => $$"""
        namespace TypeSystem;

        public interface IType { int TypeParameterCount { get; } }
        public interface IMember { IType DeclaringType { get; } }
        public interface IField : IMember { }
        public interface IEvent : IMember { }
        public static class EmptyList<T> { public static readonly T[] Instance = new T[0]; }

        public sealed class TypeParameterSubstitution
        {
            public static readonly TypeParameterSubstitution Identity = new(null, null);

            public TypeParameterSubstitution(IType[]? classTypeArguments, IType[]? methodTypeArguments) => (ClassTypeArguments, MethodTypeArguments) = (classTypeArguments, methodTypeArguments);

            public IType[]? ClassTypeArguments { get; }

            public IType[]? MethodTypeArguments { get; }
        }
        {{SpecializedType("Field", "IField", "fieldDefinition", fieldCreate, shared)}}
        {{SpecializedType("Event", "IEvent", "ev", eventCreate, shared)}}
        """;

    private static string SpecializedType(string kind, string definition, string parameter, string create, string shared) => $$"""

        public class Specialized{{kind}}
        {
            public Specialized{{kind}}({{definition}} definition, TypeParameterSubstitution substitution) { }

            public static object {{create}}({{definition}} {{parameter}}, TypeParameterSubstitution substitution)
            {
                if (TypeParameterSubstitution.Identity.Equals(substitution) || {{parameter}}.DeclaringType.TypeParameterCount == 0)
                {
                    return {{parameter}};
                }
        {{shared}}
                if (substitution.MethodTypeArguments != null && substitution.MethodTypeArguments.Length > 0)
                    substitution = new TypeParameterSubstitution(substitution.ClassTypeArguments, EmptyList<IType>.Instance);
                return new Specialized{{kind}}({{parameter}}, substitution);
            }
        }
        """;
}
