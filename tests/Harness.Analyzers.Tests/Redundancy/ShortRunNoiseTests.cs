using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

/// <summary>
/// Reviewer noise read on real code (HAR2003): short runs that hand several independent lookups on, the steps of a
/// comparer, the state shift that ends each round of a hash, and writers that look up what they write. Beside each
/// quiet pair, the copy a reviewer wants is reported.
/// </summary>
public class ShortRunNoiseTests
{
    [Fact]
    public Task Independent_lookups_the_member_goes_on_with_are_quiet_but_a_chain_of_lookups_is_reported()
    {
        // Humanizer's ByteSize.TryParse (line 1367) and TryParseSpanWithUnitSystem (line 1671): each cuts its input into
        // a number part and a unit part and declines on a bad cut, then parses them its own way. ICSharpCode.Decompiler's
        // MetadataField and MetadataParameter (GetConstantValue) look a constant up through a chain (handle, row,
        // reader): one computation, reported.
        var code = """
            public sealed class Row { public int Code; public bool IsNil => Code == 0; }
            public sealed class Reader { public Reader(Row row) { Row = row; } public Row Row; public int Read(int code) => code + Row.Code; }

            public static class Sizes
            {
                public static bool TryParse(string s, int cut, out double result)
                {
                    result = 0;
                    if (cut == s.Length)
                        return false;
                    var numberPart = s.Substring(0, cut).Trim();
                    var unitPart = s.Substring(cut).Trim();
                    if (unitPart.Length < 1 || unitPart.Length > 3)
                        return false;
                    result = double.Parse(numberPart) * unitPart.Length;
                    return true;
                }

                public static bool TryParseExact(string s, int cut, out double result)
                {
                    result = 0;
                    if (cut == s.Length)
                        return false;
                    var numberPart = s.Substring(0, cut).Trim();
                    var unitPart = s.Substring(cut).Trim();
                    if (unitPart.Length < 1 || unitPart.Length > 3)
                        return false;
                    var scale = 1.0;
                    foreach (var c in unitPart)
                    {
                        scale *= c == 'K' ? 1024 : c == 'M' ? 1048576 : 1;
                    }
                    if (numberPart.StartsWith("-"))
                        throw new System.FormatException(numberPart);
                    result = scale * double.Parse(numberPart.Replace(",", ""));
                    return result >= 0;
                }
            }

            public static class Constants
            {
                public static int? FieldValue(Row field)
                {
                    System.Console.WriteLine(field.Code);
                    {|#0:var handle = field.Code * 2;
                    if (handle == 0)
                        return null;
                    var constant = new Row { Code = handle };
                    var reader = new Reader(constant);|}
                    return reader.Read(constant.Code);
                }

                public static int? ParameterValue(Row parameter, bool decimalConstant)
                {
                    if (decimalConstant)
                        return 0;
                    {|#1:var handle = parameter.Code * 2;
                    if (handle == 0)
                        return null;
                    var constant = new Row { Code = handle };
                    var reader = new Reader(constant);|}
                    var value = reader.Read(constant.Code);
                    for (var shift = 0; shift < parameter.Code; shift++)
                    {
                        value ^= value << shift;
                        System.Console.WriteLine("shifted " + shift);
                    }
                    return value > 0 ? value : null;
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(1).WithAdditionalMarker(0)
            .WithMessage("These 4 statements are repeated in 'Constants.FieldValue' (File0.cs line 45): extract the shared part into one method"));
        return test.RunAsync();
    }

    [Fact]
    public Task Three_steps_repeated_in_one_member_on_two_other_inputs_are_quiet_but_on_one_other_input_are_reported()
    {
        // Humanizer's ByteSize.FormatWithUnitSystem (lines 798 and 817): format the value, find a sentinel, protect the
        // format; later the same three steps with another format string and another template. ICSharpCode.Decompiler's
        // CSharpDecompiler.DecompileTypes (lines 1395 and 1444): the same three steps for a type, then for an event,
        // which differ in one value only: reported.
        var code = """
            public static class Formats
            {
                private static string Sentinel(string format, string formatted, string unit) => format + formatted + unit;
                private static string Replace(string format, string token, string by) => format.Replace(token, by);

                public static string Format(double value, bool bits, string numericFormat, string symbol, string unitText)
                {
                    var standardFormat = Replace(numericFormat, symbol, "").Trim();
                    if (standardFormat.Length > 0)
                    {
                        var formattedValue = bits ? (value * 8).ToString(standardFormat) : value.ToString(standardFormat);
                        var sentinel = Sentinel(numericFormat, formattedValue, unitText);
                        var protectedFormat = Replace(numericFormat, symbol, sentinel);
                        return Replace(protectedFormat, standardFormat, formattedValue).Replace(sentinel, unitText);
                    }

                    var formatTemplate = "0.## " + numericFormat;
                    var resolvedFormat = Replace(formatTemplate, "#.##", "0.##");
                    var formattedWithoutUnit = bits ? (value * 8).ToString(resolvedFormat) : value.ToString(resolvedFormat);
                    var customSentinel = Sentinel(formatTemplate, formattedWithoutUnit, unitText);
                    var customProtectedFormat = Replace(formatTemplate, symbol, customSentinel);
                    return customProtectedFormat.Replace(customSentinel, unitText);
                }
            }

            public sealed class Entity { public Entity? Parent; public string Name = ""; }

            public static class Members
            {
                public static void Add(System.Collections.Generic.List<string> names, Entity type, Entity member, bool first)
                {
                    Entity? parent = null;
                    if (type.Name.Length > 0)
                    {
                        {|#0:names.Add(string.Concat(type.Name, "/", type.Parent?.Name ?? "<none>", "/", names.Count.ToString()));
                        System.Console.WriteLine(type.Name.Length + names.Count);
                        if (first)
                        {
                            parent = type.Parent;
                        }
                        else if (parent != null && parent != type.Parent)
                        {
                            throw new System.InvalidOperationException("members of different types");
                        }|}
                    }

                    System.Console.WriteLine(parent?.Name);
                    if (member.Name.Length > 0)
                    {
                        {|#1:names.Add(string.Concat(member.Name, "/", member.Parent?.Name ?? "<none>", "/", names.Count.ToString()));
                        System.Console.WriteLine(member.Name.Length + names.Count);
                        if (first)
                        {
                            parent = member.Parent;
                        }
                        else if (parent != null && parent != member.Parent)
                        {
                            throw new System.InvalidOperationException("members of different types");
                        }|}
                    }
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(1).WithAdditionalMarker(0)
            .WithMessage("These 3 statements are repeated in 'Members.Add' (File0.cs line 35): extract the shared part into one method"));
        return test.RunAsync();
    }

    [Fact]
    public Task The_steps_of_a_comparer_are_quiet_but_a_copied_computation_of_the_result_is_reported()
    {
        // ICSharpCode.Decompiler's TypeSystemAstBuilder.CompareAttribute (lines 852 and 872): fixed then named arguments
        // compared by type, then by value, each step handing the result back as soon as it decides. Two members that
        // compute a result the same way, from keys they read first, are a copy.
        var code = """
            public sealed class Argument { public string Type = ""; public object? Value; public string Name = ""; }

            public static class Ordering
            {
                private static int CompareType(string a, string b) => string.CompareOrdinal(a, b);

                public static int Compare(Argument[] fixedA, Argument[] fixedB, Argument[] namedA, Argument[] namedB)
                {
                    int result;
                    for (int i = 0; i < fixedA.Length; i++)
                    {
                        result = CompareType(fixedA[i].Type, fixedB[i].Type);
                        if (result != 0)
                            return result;
                        if (fixedA[i].Value is System.IComparable compA && fixedB[i].Value is System.IComparable compB)
                            result = compA.CompareTo(compB);
                        else
                            result = 0;
                        if (result != 0)
                            return result;
                    }
                    for (int i = 0; i < namedA.Length; i++)
                    {
                        result = string.CompareOrdinal(namedA[i].Name, namedB[i].Name);
                        if (result != 0)
                            return result;
                        result = CompareType(namedA[i].Type, namedB[i].Type);
                        if (result != 0)
                            return result;
                        if (namedA[i].Value is System.IComparable compA && namedB[i].Value is System.IComparable compB)
                            result = compA.CompareTo(compB);
                        else
                            result = 0;
                        if (result != 0)
                            return result;
                    }
                    return 0;
                }

                public static int CompareNames(Argument[] a, Argument[] b, int i)
                {
                    {|#0:System.Diagnostics.Debug.WriteLine(a.Length);
                    var argA = a[i];
                    var argB = b[i];
                    var result = CompareType(argA.Type, argB.Type);
                    result = result * 2 + string.CompareOrdinal(argA.Name, argB.Name);|}
                    var names = new System.Collections.Generic.List<string>();
                    while (names.Count < i)
                    {
                        names.Add(a[names.Count].Name + ":" + b[names.Count].Name);
                        System.Console.WriteLine(string.Join(",", names));
                    }
                    return string.CompareOrdinal(argA.Name, argB.Name) * names.Count;
                }

                public static int CompareLengths(Argument[] a, Argument[] b, int i)
                {
                    {|#1:System.Diagnostics.Debug.WriteLine(a.Length);
                    var argA = a[i];
                    var argB = b[i];
                    var result = CompareType(argA.Type, argB.Type);
                    result = result * 2 + string.CompareOrdinal(argA.Name, argB.Name);|}
                    var longer = a.Length > b.Length ? a : b;
                    foreach (var argument in longer)
                    {
                        if (argument.Value is null)
                            return -1;
                    }
                    return a.Length - b.Length;
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(1).WithAdditionalMarker(0)
            .WithMessage("These 5 statements are repeated in 'Ordering.CompareNames' (File0.cs line 42): extract the shared part into one method"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_state_shifted_through_locals_each_round_is_quiet_but_a_copied_update_of_the_state_is_reported()
    {
        // ICSharpCode.Decompiler's Sha1ForNonSecretPurposes.Drain (lines 208 and 215, from dotnet/runtime): each round
        // computes its own function and constant, then shifts a..e (the same six statements on one line). The mixing of the digest into the state at the end
        // is copied, and reported.
        var code = """
            public static class Sha1
            {
                private static uint Rotate(uint value, int by) => (value << by) | (value >> (32 - by));

                public static void Drain(uint[] w, uint[] state)
                {
                    uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4];
                    for (int i = 0; i < 20; i++)
                    {
                        const uint k = 0x5A827999;
                        uint f = (b & c) | (~b & d);
                        uint temp = Rotate(a, 5) + f + e + k + w[i]; e = d; d = c; c = Rotate(b, 30); b = a; a = temp;
                    }
                    for (int i = 20; i < 40; i++)
                    {
                        uint f = b ^ c ^ d;
                        const uint k = 0x6ED9EBA1;
                        uint temp = Rotate(a, 5) + f + e + k + w[i]; e = d; d = c; c = Rotate(b, 30); b = a; a = temp;
                    }
                    {|#0:state[0] += a;
                    state[1] += b;
                    state[2] += c;
                    state[3] += d;|}
                }

                public static void DrainShort(uint[] w, uint[] state)
                {
                    uint a = state[0], b = state[1], c = state[2], d = state[3];
                    for (int i = 0; i < 20; i++)
                    {
                        a += Rotate(b ^ c ^ d, 5) + w[i];
                    }
                    {|#1:state[0] += a;
                    state[1] += b;
                    state[2] += c;
                    state[3] += d;|}
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(1).WithAdditionalMarker(0)
            .WithMessage("These 4 statements are repeated in 'Sha1.Drain' (File0.cs line 20): extract the shared part into one method"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_writer_that_looks_up_what_it_writes_is_quiet_but_one_that_also_computes_a_value_is_reported()
    {
        // ICSharpCode.Decompiler's InstructionOutputExtensions.WriteTo (lines 226 and 278): each kind of member reference
        // decodes its signature, then writes header, return type, parent and '::'. A run that goes on to compute a value
        // for the member (whether the method is compiler-controlled) is work of its own, and reported.
        var code = """
            public sealed class Output { public void Write(string text) { } public void Write(char c) { } }
            public sealed class Signature { public string Header = ""; public string Return = ""; public int Flags; }
            public sealed class Reference { public int Parent; public Signature Decode(Output output) => new(); public Signature Resolve(Output output) => new(); }

            public static class Disassembler
            {
                private static void WriteParent(Output output, int parent) => output.Write(parent.ToString());

                public static void WriteMethod(Output output, Reference reference, string name)
                {
                    var signature = reference.Decode(output);
                    output.Write(signature.Header);
                    output.Write(signature.Return);
                    output.Write(' ');
                    WriteParent(output, reference.Parent);
                    output.Write("::");
                    output.Write(name);
                }

                public static void WriteGeneric(Output output, Reference reference, string name, string arguments)
                {
                    var signature = reference.Decode(output);
                    output.Write(signature.Header);
                    output.Write(signature.Return);
                    output.Write(' ');
                    WriteParent(output, reference.Parent);
                    output.Write("::");
                    foreach (var argument in arguments.Split(','))
                    {
                        if (argument.Length == 0)
                            continue;
                        output.Write(argument.Trim());
                        output.Write(argument == arguments ? ">" : ",");
                    }
                }

                public static bool WriteDefinition(Output output, Reference reference)
                {
                    {|#0:var signature = reference.Resolve(output);
                    output.Write(signature.Header);
                    output.Write(signature.Return);
                    bool isControlled = (signature.Flags & 7) == 0;|}
                    return isControlled;
                }

                public static bool WriteSpecification(Output output, Reference reference, string name)
                {
                    {|#1:var signature = reference.Resolve(output);
                    output.Write(signature.Header);
                    output.Write(signature.Return);
                    bool isControlled = (signature.Flags & 7) == 0;|}
                    if (isControlled)
                    {
                        output.Write(name + "$PST" + reference.Parent.ToString("X8"));
                    }
                    else
                    {
                        foreach (var part in name.Split('.'))
                            output.Write(part);
                    }
                    return signature.Flags > 2 && isControlled;
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(1).WithAdditionalMarker(0)
            .WithMessage("These 4 statements are repeated in 'Disassembler.WriteDefinition' (File0.cs line 39): extract the shared part into one method"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_variant_repeating_the_opening_of_the_entry_point_it_calls_is_quiet_but_the_same_opening_elsewhere_is_reported()
    {
        // Humanizer's ByteSizeExtensions.HumanizeComposite (line 501) and HumanizeCompositeWithUnitSystem (line 594): the
        // variant hands the default unit system to HumanizeComposite, and validates and sets up the same arguments for
        // its own. A member that calls neither repeats the opening: a copy.
        var code = """
            using System;
            using System.Globalization;

            public static class Composite
            {
                public static string Humanize(double bits, int precision, IFormatProvider? provider, string separator)
                {
                    {|#0:if (precision < 1)
                        throw new ArgumentOutOfRangeException(nameof(precision));
                    ArgumentNullException.ThrowIfNull(separator);
                    provider ??= CultureInfo.CurrentCulture;
                    var culture = provider as CultureInfo;|}
                    var text = bits.ToString("N" + precision, provider);
                    return culture is null ? text : text + separator + culture.Name;
                }

                public static string HumanizeWithUnits(double bits, int precision, IFormatProvider? provider, string separator, int units)
                {
                    if (units == 0)
                        return Humanize(bits, precision, provider, separator);
                    if (precision < 1)
                        throw new ArgumentOutOfRangeException(nameof(precision));
                    ArgumentNullException.ThrowIfNull(separator);
                    provider ??= CultureInfo.CurrentCulture;
                    var culture = provider as CultureInfo;
                    var scaled = bits / units;
                    return scaled.ToString("F" + precision, provider) + separator + (culture?.Name ?? "");
                }

                public static string Describe(double bits, int precision, IFormatProvider? provider, string separator)
                {
                    Console.WriteLine(bits);
                    {|#1:if (precision < 1)
                        throw new ArgumentOutOfRangeException(nameof(precision));
                    ArgumentNullException.ThrowIfNull(separator);
                    provider ??= CultureInfo.CurrentCulture;
                    var culture = provider as CultureInfo;|}
                    return string.Join(separator, bits, culture?.Name, provider);
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(1).WithAdditionalMarker(0)
            .WithMessage("These 4 statements are repeated in 'Composite.Humanize' (File0.cs line 8): extract the shared part into one method"));
        return test.RunAsync();
    }
}
