namespace Checkmob.Webhook.Sdk.Tests.Models;

public partial class ClienteTests
{
    private static readonly DateTimeOffset Earlier = new(2025, 6, 4, 16, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = new(2025, 6, 4, 17, 30, 15, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(VersionCases))]
    public void CompareVersion_TwoCopies_TellsTheirOrder(
        long? id, DateTimeOffset? updatedAt, long? otherId, DateTimeOffset? otherUpdatedAt, VersionComparison expected)
    {
        var received = new Cliente { IdCliente = id, DataAtualizacao = updatedAt };
        var stored = new Cliente { IdCliente = otherId, DataAtualizacao = otherUpdatedAt };

        received.CompareVersion(stored).Should().Be(expected);
    }

    [Fact]
    public void CompareVersion_SameInstantWithDifferentOffsets_IsSame()
    {
        var utc = new Cliente { IdCliente = 7, DataAtualizacao = Later };
        var brasilia = utc with { DataAtualizacao = Later.ToOffset(TimeSpan.FromHours(-3)) };

        utc.CompareVersion(brasilia).Should().Be(VersionComparison.Same);
    }

    [Fact]
    public void CompareVersion_StaleParsedUpdate_IsOlder()
    {
        var stored = SampleItems.Cliente("newer-tipo1-cliente-criado.json");
        var stale = stored with { DataAtualizacao = stored.DataAtualizacao!.Value.AddMinutes(-5), Nome = "Antigo" };

        stale.CompareVersion(stored).Should().Be(VersionComparison.Older);
        stored.CompareVersion(stale).Should().Be(VersionComparison.Newer);
    }

    [Fact]
    public void CompareVersion_NullOther_ThrowsArgumentNullException()
    {
        var act = () => new Cliente().CompareVersion(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("other");
    }

    public static TheoryData<long?, DateTimeOffset?, long?, DateTimeOffset?, VersionComparison> VersionCases() => new()
    {
        { 7, Later, 7, Earlier, VersionComparison.Newer },
        { 7, Earlier, 7, Later, VersionComparison.Older },
        { 7, Later, 7, Later, VersionComparison.Same },
        { 7, null, 7, Earlier, VersionComparison.Unknown },
        { 7, Later, 7, null, VersionComparison.Unknown },
        { 7, null, 7, null, VersionComparison.Unknown },
        { null, Later, 7, Earlier, VersionComparison.Unknown },
        { 7, Later, null, Earlier, VersionComparison.Unknown },
        { 7, Later, 8, Earlier, VersionComparison.DifferentEntity },
        { 7, null, 8, null, VersionComparison.DifferentEntity },
    };
}
