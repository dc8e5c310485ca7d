namespace Checkmob.Webhook.Sdk.Schemas.Tests.Snapshots;

/// <summary>
/// The parsed model of every documented payload and of realistic variations, as reviewed snapshots: a change to the
/// public model (a property added, renamed or read differently) shows up as a snapshot diff.
/// </summary>
public class WebhookParserSnapshotTests
{
    public static TheoryData<string> DocumentedPayloads => Payloads.All();

    public static TheoryData<string> Variations => Fixtures.All("Variations");

    [Theory]
    [MemberData(nameof(DocumentedPayloads))]
    public void Parse_DocumentedPayload_MatchesSnapshot(string fileName)
    {
        var evt = WebhookParser.Parse(Payloads.Read(fileName));

        ModelSnapshot.Match(evt, nameof(WebhookParserSnapshotTests), fileName);
    }

    [Theory]
    [MemberData(nameof(Variations))]
    public void Parse_Variation_MatchesSnapshot(string fileName)
    {
        var evt = WebhookParser.Parse(Fixtures.Read(Path.Combine("Variations", fileName)));

        ModelSnapshot.Match(evt, nameof(WebhookParserSnapshotTests), fileName);
    }
}
