using System;

namespace Harness.Analyzers.Benchmarks.Corpus;

/// <summary>
/// How one kind of aggregate property is spelt in every layer of the corpus: its domain and contract
/// (DTO, command, request) types, how the domain guards it, how it maps across layers, how the
/// application validates it, how infrastructure exports it, and one domain rule derived from it.
/// Keeping the kinds in one table is what lets every layer of a generated aggregate agree.
/// </summary>
internal sealed record PropertyType(
    string DomainType,
    string ContractType,
    Func<string, string> Guard,
    Func<string, string> ToContract,
    Func<string, string> FromContract,
    Func<string, string>? InvalidWhen,
    string? Requirement,
    Func<string, string> CsvText,
    Func<int, string> ContractSample,
    Func<string, string> Rule)
{
    public static readonly PropertyType Text = new(
        "string", "string",
        Guard: p => $"AgainstNullOrWhiteSpace({p}, nameof({p}))",
        ToContract: e => e,
        FromContract: c => c,
        InvalidWhen: c => $"string.IsNullOrWhiteSpace({c})",
        Requirement: "is required",
        CsvText: e => $"Escape({e})",
        ContractSample: n => $"\"Sample {n}\"",
        Rule: p => $"public bool {p}StartsWith(string prefix) => {p}.StartsWith(prefix, StringComparison.Ordinal);");

    public static readonly PropertyType OptionalText = new(
        "string?", "string?",
        Guard: p => $"{p}?.Trim()",
        ToContract: e => e,
        FromContract: c => c,
        InvalidWhen: null,
        Requirement: null,
        CsvText: e => $"Escape({e})",
        ContractSample: n => n % 3 == 0 ? "null" : $"\"Note {n}\"",
        Rule: p => $"public bool Has{p} => !string.IsNullOrEmpty({p});");

    public static readonly PropertyType Count = new(
        "int", "int",
        Guard: p => $"AgainstNegative({p}, nameof({p}))",
        ToContract: e => e,
        FromContract: c => c,
        InvalidWhen: c => $"{c} < 0",
        Requirement: "must not be negative",
        CsvText: e => $"{e}.ToString(CultureInfo.InvariantCulture)",
        ContractSample: n => $"{n}",
        Rule: p => $"public bool Is{p}Between(int min, int max) => {p} >= min && {p} <= max;");

    public static readonly PropertyType Amount = new(
        "decimal", "decimal",
        Guard: p => $"AgainstNegative({p}, nameof({p}))",
        ToContract: e => e,
        FromContract: c => c,
        InvalidWhen: c => $"{c} < 0m",
        Requirement: "must not be negative",
        CsvText: e => $"{e}.ToString(CultureInfo.InvariantCulture)",
        ContractSample: n => $"{n}.25m",
        Rule: p => $"public decimal {p}Rounded(int decimals) => decimal.Round({p}, decimals, MidpointRounding.ToEven);");

    public static readonly PropertyType Ratio = new(
        "double", "double",
        Guard: p => $"AgainstOutOfRange({p}, 0d, 1d, nameof({p}))",
        ToContract: e => e,
        FromContract: c => c,
        InvalidWhen: c => $"{c} is < 0d or > 1d",
        Requirement: "must be between 0 and 1",
        CsvText: e => $"{e}.ToString(\"R\", CultureInfo.InvariantCulture)",
        ContractSample: n => $"0.{(n % 9) + 1}",
        Rule: p => $"public bool Is{p}Above(double threshold) => {p} > threshold;");

    public static readonly PropertyType Flag = new(
        "bool", "bool",
        Guard: p => p,
        ToContract: e => e,
        FromContract: c => c,
        InvalidWhen: null,
        Requirement: null,
        CsvText: e => $"({e} ? \"yes\" : \"no\")",
        ContractSample: n => n % 2 == 0 ? "true" : "false",
        Rule: p => $"public string {p}Label => {p} ? \"{p}\" : \"not {p}\";");

    public static readonly PropertyType Timestamp = new(
        "DateTime", "DateTime",
        Guard: p => $"AgainstNonUtc({p}, nameof({p}))",
        ToContract: e => e,
        FromContract: c => c,
        InvalidWhen: c => $"{c}.Kind != DateTimeKind.Utc",
        Requirement: "must be UTC",
        CsvText: e => $"{e}.ToString(\"O\", CultureInfo.InvariantCulture)",
        ContractSample: n => $"new DateTime(2024, {(n % 12) + 1}, {(n % 28) + 1}, 0, 0, 0, DateTimeKind.Utc)",
        Rule: p => $"public bool Is{p}Before(DateTime instantUtc) => {p} < instantUtc;");

    public static readonly PropertyType Reference = new(
        "Guid", "Guid",
        Guard: p => $"AgainstEmpty({p}, nameof({p}))",
        ToContract: e => e,
        FromContract: c => c,
        InvalidWhen: c => $"{c} == Guid.Empty",
        Requirement: "must not be empty",
        CsvText: e => $"{e}.ToString(\"N\")",
        ContractSample: n => $"Guid.Parse(\"00000000-0000-0000-0000-{n + 1:D12}\")",
        Rule: p => $"public bool Is{p}(Guid candidate) => {p} == candidate;");

    public static readonly PropertyType Money = new(
        "Money", "decimal",
        Guard: p => $"AgainstNegativeAmount({p}, nameof({p}))",
        ToContract: e => $"{e}.Amount",
        FromContract: c => $"Money.Of({c})",
        InvalidWhen: c => $"{c} < 0m",
        Requirement: "must not be negative",
        CsvText: e => $"{e}.Amount.ToString(CultureInfo.InvariantCulture)",
        ContractSample: n => $"{n}.99m",
        Rule: p => $"public bool {p}Exceeds(Money limit) => {p}.Amount > limit.Amount;");

    /// <summary>The value as the domain sees it, for seed data.</summary>
    public string DomainSample(int n) => FromContract(ContractSample(n));
}
