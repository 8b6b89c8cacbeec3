// Stand-ins for what Humanizer's build adds to src/Humanizer (ffc2b77c), so that csc compiles it and runs analyzers on it
// (benchmark option --csc with --src): the CharSpan alias of its Directory.Build.props and the members its source
// generators write from the locale data. Empty on purpose: the benchmark measures compiling and analysing the
// hand-written code, not the locale tables.
global using CharSpan = System.ReadOnlySpan<char>;

namespace Humanizer;

static class GeneratedCultureResolver
{
    internal readonly record struct Resolution(string LocaleProfileOwner, InflectionStatus? InflectionTerminal, string? InflectionOwner);

    internal static bool TryResolve(string cultureName, out Resolution resolution)
    {
        resolution = default;
        return false;
    }
}

static class LocaleNumberFormattingOverrides
{
    internal static bool TryGetDecimalSeparator(CultureInfo culture, out string? separator)
    {
        separator = null;
        return false;
    }

    internal static NumberFormatInfo GetCachedNumberFormat(CultureInfo culture, string separator) => culture.NumberFormat;

    internal static NumberFormatInfo GetFormattingNumberFormat(CultureInfo culture) => culture.NumberFormat;
}

static class NumberToWordsProfileCatalog
{
    internal static INumberToWordsConverter Resolve(string profile, CultureInfo culture) => throw new NotSupportedException(profile);
}

static class TokenMapWordsToNumberConverters
{
    internal static IWordsToNumberConverter En => throw new NotSupportedException("locale data is generated");
}

static class CollectionFormatterRegistryRegistrations
{
    internal static void Register(CollectionFormatterRegistry registry) { }
}

static class DateToOrdinalWordsConverterRegistryRegistrations
{
    internal static void Register(DateToOrdinalWordsConverterRegistry registry) { }
}

static class FormatterRegistryRegistrations
{
    internal static void Register(FormatterRegistry registry) { }
}

static class NumberToWordsConverterRegistryRegistrations
{
    internal static void Register(NumberToWordsConverterRegistry registry) { }
}

static class OrdinalizerRegistryRegistrations
{
    internal static void Register(OrdinalizerRegistry registry) { }
}

static class WordsToNumberConverterRegistryRegistrations
{
    internal static void Register(WordsToNumberConverterRegistry registry) { }
}

static class WordsToDecimalNumberConverterRegistryRegistrations
{
    internal static void Register(WordsToDecimalNumberConverterRegistry registry) { }
}

static partial class LocaleDurationCaseTableCatalog
{
    internal static partial LocaleDurationCaseTable? ResolveCore(string localeCode) => null;
}

static partial class LocalePhraseTableCatalog
{
    internal static partial LocalePhraseTable? ResolveCore(string localeCode) => null;
}

static partial class HeadingTableCatalog
{
    internal static partial HeadingTable? ResolveCore(string localeCode) => null;
}

static partial class LocalizedMetricScaleWordCatalog
{
    private static partial bool TryResolveCore(string localeCode, char symbol, CardinalPluralCategory category, out string value)
    {
        value = string.Empty;
        return false;
    }
}

static partial class LocalizedInflectionCatalog
{
    private static partial bool TryResolveRuleCore(string localeCode, out CardinalPluralRuleKind rule)
    {
        rule = default;
        return false;
    }

    private static partial bool TryResolveBundleCore(string owner, out InflectionBundle? bundle)
    {
        bundle = null;
        return false;
    }
}
