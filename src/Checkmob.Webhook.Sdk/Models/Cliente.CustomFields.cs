using System.Diagnostics.CodeAnalysis;

namespace Checkmob.Webhook.Sdk;

public sealed partial record Cliente
{
    /// <summary>Finds a custom field by name, the way a person reads it.</summary>
    /// <param name="name">
    /// The field's name; case, accents, the cedilla and white space at either end are ignored, so
    /// <c>"observacao"</c> finds <c>"Observação"</c>.
    /// </param>
    /// <returns>The first field of <see cref="CampoPersonalizado"/> with that name, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public CampoPersonalizado? GetCampoPersonalizado(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        TryGetCampoPersonalizado(name, out var value);
        return value;
    }

    /// <summary>Finds a custom field by name, the way a person reads it; never throws.</summary>
    /// <param name="name">The field's name; case, accents, cedilla and white space at either end are ignored.</param>
    /// <param name="value">The first field with that name; null when there is none.</param>
    /// <returns>True when a field has that name; false when none has, or <paramref name="name"/> is null.</returns>
    public bool TryGetCampoPersonalizado(string? name, [NotNullWhen(true)] out CampoPersonalizado? value)
    {
        if (name is not null)
        {
            foreach (var campo in CampoPersonalizado)
            {
                if (campo?.Nome is not null && TextFolding.EqualsIgnoringCaseAndAccents(campo.Nome, name))
                {
                    value = campo;
                    return true;
                }
            }
        }

        value = null;
        return false;
    }
}
