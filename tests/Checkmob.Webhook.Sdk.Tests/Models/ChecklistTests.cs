namespace Checkmob.Webhook.Sdk.Tests.Models;

public class ChecklistTests
{
    [Fact]
    public void CompareVersion_CompleteAfterPartial_IsNewer()
    {
        var complete = SampleItems.Checklist("newer-tipo4-checklist-respondido.json");
        var partial = complete with
        {
            Situacao = SituacaoChecklist.Parcial,
            DataAtualizacao = complete.DataAtualizacao!.Value.AddMinutes(-20),
        };

        complete.CompareVersion(partial).Should().Be(VersionComparison.Newer);
        partial.CompareVersion(complete).Should().Be(VersionComparison.Older);
        complete.CompareVersion(complete with { }).Should().Be(VersionComparison.Same);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void CompareVersion_MissingTimestamp_IsUnknown(bool missingHere, bool missingThere)
    {
        var at = new DateTimeOffset(2025, 6, 4, 13, 40, 0, TimeSpan.Zero);
        var received = new Checklist { Id = 990011, DataAtualizacao = missingHere ? null : at };
        var stored = new Checklist { Id = 990011, DataAtualizacao = missingThere ? null : at.AddMinutes(-1) };

        received.CompareVersion(stored).Should().Be(VersionComparison.Unknown);
    }

    [Fact]
    public void CompareVersion_DifferentIds_IsDifferentEntity()
    {
        var at = new DateTimeOffset(2025, 6, 4, 13, 40, 0, TimeSpan.Zero);

        new Checklist { Id = 1, DataAtualizacao = at }.CompareVersion(new Checklist { Id = 2, DataAtualizacao = at })
            .Should().Be(VersionComparison.DifferentEntity);
    }

    [Fact]
    public void ToString_ParsedChecklist_PrintsAnswersAsCount()
    {
        var checklist = SampleItems.Checklist("newer-tipo4-checklist-respondido.json");

        var printed = checklist.ToString();

        printed.Should().Contain($"Respostas = [{checklist.Respostas.Count} items]");
        foreach (var resposta in checklist.Respostas)
        {
            printed.Should().NotContain(resposta.NomeQuestao);
        }
    }

    [Fact]
    public void ToString_EveryProperty_IsPrintedOrMasked()
    {
        PersonalDataAssertions.ShouldPrintEveryProperty(new Checklist());
    }
}
