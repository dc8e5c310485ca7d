using System.Text.Json;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>Reads a <see cref="Contato"/> field by field; unknown fields go to its <c>ExtensionData</c>.</summary>
internal static class ContatoReader
{
    // The order of these names is the order of the cases below.
    private static readonly PropertyNameTable Names = new(
        nameof(Contato.IdPessoa),
        nameof(Contato.Nome),
        nameof(Contato.Email),
        nameof(Contato.Telefone),
        nameof(Contato.Celular));

    public static Contato Read(ref Utf8JsonReader reader, in ReadScope scope)
    {
        long? idPessoa = null;
        string? nome = null;
        string? email = null;
        string? telefone = null;
        string? celular = null;
        Dictionary<string, JsonElement>? extensionData = null;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = Names.Find(ref reader);
            if (property < 0)
            {
                ValueReader.Extension(ref reader, scope, ref extensionData);
                continue;
            }

            reader.Read();
            switch (property)
            {
                case 0:
                    idPessoa = ValueReader.Int64(ref reader, scope, nameof(Contato.IdPessoa));
                    break;
                case 1:
                    nome = ValueReader.String(ref reader, scope, nameof(Contato.Nome));
                    break;
                case 2:
                    email = ValueReader.String(ref reader, scope, nameof(Contato.Email));
                    break;
                case 3:
                    telefone = ValueReader.String(ref reader, scope, nameof(Contato.Telefone));
                    break;
                case 4:
                    celular = ValueReader.String(ref reader, scope, nameof(Contato.Celular));
                    break;
            }
        }

        return new Contato
        {
            IdPessoa = idPessoa,
            Nome = nome,
            Email = email,
            Telefone = telefone,
            Celular = celular,
            ExtensionData = extensionData,
        };
    }
}
