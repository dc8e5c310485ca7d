namespace Checkmob.Webhook.Sdk.Schemas.Tests;

public class CheckmobSchemaValidatorTests
{
    public static TheoryData<string> DocumentedPayloads => Payloads.All();

    public static TheoryData<string> ValidFixtures => Fixtures.All("Valid");

    public static TheoryData<string> InvalidFixtures => Fixtures.All("Invalid");

    public static TheoryData<string, string, SchemaViolationKind> SingleViolations => new()
    {
        { "tipo1-idcliente-numeric-string.json", "$.Data.IdCliente", SchemaViolationKind.WrongType },
        { "tipo1-cep-as-text.json", "$.Data[0].Cep", SchemaViolationKind.WrongType },
        { "tipo1-cep-nine-digits.json", "$.Data[0].Cep", SchemaViolationKind.OutOfRange },
        { "tipo1-avaliacaoia-boolean.json", "$.Data[0].AvaliacaoIA", SchemaViolationKind.WrongType },
        { "tipo1-nome-missing.json", "$.Data[0].Nome", SchemaViolationKind.MissingProperty },
        { "tipo-missing.json", "$.Tipo", SchemaViolationKind.MissingProperty },
        { "tipo-numeric-string.json", "$.Tipo", SchemaViolationKind.WrongType },
        { "data-string.json", "$.Data", SchemaViolationKind.WrongType },
        { "data-item-number.json", "$.Data[0]", SchemaViolationKind.WrongType },
        { "unknown-tipo-data-number.json", "$.Data", SchemaViolationKind.WrongType },
        { "tipo3-checkin-with-offset.json", "$.Data.DataCheckIn", SchemaViolationKind.PatternMismatch },
        { "tipo4-situacao-unknown.json", "$.Data[0].Situacao", SchemaViolationKind.NotAllowedValue },
        { "tipo4-situacao-as-text.json", "$.Data[0].Situacao", SchemaViolationKind.WrongType },
        { "tipo1-data-missing.json", "$.Data", SchemaViolationKind.MissingProperty },
    };

    [Theory]
    [MemberData(nameof(DocumentedPayloads))]
    public void Validate_DocumentedPayload_IsValid(string fileName)
    {
        var result = CheckmobSchemaValidator.Validate(Payloads.Read(fileName));

        result.Violations.Should().BeEmpty();
        result.IsValid.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public void Validate_UnknownTipoOrUnknownFields_IsValid(string fileName)
    {
        var result = CheckmobSchemaValidator.Validate(Fixtures.Read(Path.Combine("Valid", fileName)));

        result.Violations.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(SingleViolations))]
    public void Validate_OneDeparture_ReportsItAtThePathOfTheValue(
        string fileName, string path, SchemaViolationKind kind)
    {
        var result = CheckmobSchemaValidator.Validate(Fixtures.Read(Path.Combine("Invalid", fileName)));

        result.IsValid.Should().BeFalse();
        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Path.Should().Be(path);
        violation.Kind.Should().Be(kind);
    }

    [Fact]
    public void Validate_SeveralDepartures_ReportsEveryOne()
    {
        var result = CheckmobSchemaValidator.Validate(Fixtures.Read("Invalid/tipo3-several-violations.json"));

        result.Violations.Select(v => (v.Path, v.Kind)).Should().BeEquivalentTo(
        [
            ("$.Data[0].Latitude", SchemaViolationKind.WrongType),
            ("$.Data[0].DataCheckOut", SchemaViolationKind.WrongType),
            ("$.Data[1].IdUsuario", SchemaViolationKind.MissingProperty),
            ("$.Data[1].Agendado", SchemaViolationKind.WrongType),
        ]);
    }

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void Validate_AnyViolation_CarriesNoPayloadValue(string fileName)
    {
        var json = Fixtures.Read(Path.Combine("Invalid", fileName));

        var result = CheckmobSchemaValidator.Validate(json);

        var values = StringValuesOf(json);
        result.Violations.Should().NotBeEmpty();
        foreach (var violation in result.Violations)
        {
            values.Where(v => violation.Message.Contains(v, StringComparison.Ordinal)).Should().BeEmpty(
                "a violation message must not echo the payload ({0})", violation);
        }
    }

    [Fact]
    public void Validate_WrongType_MessageNamesTheDocumentedTypes()
    {
        var result = CheckmobSchemaValidator.Validate(Fixtures.Read("Invalid/tipo1-cep-as-text.json"));

        result.Violations.Should().ContainSingle().Which.Message.Should().Be("Expected an integer or null.");
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("\"Tipo\"")]
    [InlineData("null")]
    public void Validate_RootNotObject_ReportsTheRootOnly(string json)
    {
        var result = CheckmobSchemaValidator.Validate(json);

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Path.Should().Be("$");
        violation.Kind.Should().Be(SchemaViolationKind.WrongType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"Tipo\": 1, \"Data\": {}")]
    [InlineData("{\"Tipo\": 1, \"Data\": {}} {}")]
    [InlineData("{'Tipo': 1, 'Data': {}}")]
    [InlineData("{\"Tipo\": 1, /* comment */ \"Data\": {}}")]
    public void Validate_MalformedJson_ReportsInvalidJson(string json)
    {
        var result = CheckmobSchemaValidator.Validate(json);

        result.Violations.Should().ContainSingle().Which.Kind.Should().Be(SchemaViolationKind.InvalidJson);
    }

    [Fact]
    public void Validate_RepeatedProperty_ReportsInvalidJsonAtIt()
    {
        var result = CheckmobSchemaValidator.Validate("{\"Tipo\": 1, \"Tipo\": 2, \"Data\": {}}");

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Kind.Should().Be(SchemaViolationKind.InvalidJson);
        violation.Path.Should().Be("$.Tipo");
    }

    [Fact]
    public void Validate_Null_Throws()
    {
        var act = () => CheckmobSchemaValidator.Validate(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("json");
    }

    private static List<string> StringValuesOf(string json)
    {
        var values = new List<string>();
        Collect(Newtonsoft.Json.Linq.JToken.Parse(json));
        return values;

        void Collect(Newtonsoft.Json.Linq.JToken token)
        {
            if (token is Newtonsoft.Json.Linq.JValue { Value: { } value } && value.ToString() is { Length: > 2 } text)
            {
                values.Add(text);
            }

            foreach (var child in token.Children())
            {
                Collect(child);
            }
        }
    }
}
