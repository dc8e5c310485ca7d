using FluentAssertions.Equivalency;

namespace Checkmob.Webhook.Sdk.Tests.Parsing;

/// <summary>How the payload tests compare a parsed record with the expected one, member by member.</summary>
internal static class Equivalence
{
    /// <summary>
    /// Every member, lists in order, nested records by member; timestamps must match in instant and in offset
    /// (FluentAssertions would otherwise accept the same instant at another offset).
    /// </summary>
    public static EquivalencyAssertionOptions<T> Exactly<T>(EquivalencyAssertionOptions<T> options)
        => options
            .ComparingRecordsByMembers()
            .WithStrictOrdering()
            .Using<DateTimeOffset>(context => context.Subject.Should().BeExactly(context.Expectation))
            .WhenTypeIs<DateTimeOffset>();
}
