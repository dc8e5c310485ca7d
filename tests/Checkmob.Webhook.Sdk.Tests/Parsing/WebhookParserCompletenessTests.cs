using System.Collections;
using System.Reflection;
using System.Text;

namespace Checkmob.Webhook.Sdk.Tests.Parsing;

/// <summary>
/// Every settable property of every record is read by the parser: a payload carrying a value for each one (built by
/// reflection, so a property added to a model is covered at once) leaves none of them null and nothing unknown.
/// </summary>
public class WebhookParserCompletenessTests
{
    public static TheoryData<int, Type> RecordTypes => new()
    {
        { 1, typeof(Cliente) },
        { 2, typeof(Cliente) },
        { 3, typeof(Registro) },
        { 4, typeof(Checklist) },
    };

    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void Parse_ValueForEveryProperty_SetsEveryPropertyAndKeepsNothingAsUnknown(int tipo, Type recordType)
    {
        var json = $$"""{"Tipo":{{tipo}},"Data":[{{ObjectWithEveryProperty(recordType)}}]}""";

        var evt = WebhookParser.Parse(json);

        var item = ((IEnumerable)evt.GetType().GetProperty("Data")!.GetValue(evt)!).Cast<object>().Single();
        AssertEveryPropertySet(item);
    }

    private static IEnumerable<PropertyInfo> ReadProperties(Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.Name != "ExtensionData");

    private static string ObjectWithEveryProperty(Type type)
    {
        var members = ReadProperties(type).Select(p => $"\"{p.Name}\":{ValueFor(p)}");
        return "{" + string.Join(",", members) + "}";
    }

    private static string ValueFor(PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (property.Name == "Cep")
        {
            return "1310100";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return "[" + ObjectWithEveryProperty(type.GetGenericArguments()[0]) + "]";
        }

        return type switch
        {
            _ when type == typeof(long) => "7",
            _ when type == typeof(double) => "-23.5",
            _ when type == typeof(decimal) => "10.25",
            _ when type == typeof(bool) => "true",
            _ when type == typeof(string) => "\"texto\"",
            _ when type == typeof(DateTimeOffset) => "\"2025-06-04T16:00:00\"",
            _ when type == typeof(SituacaoChecklist) => "1",
            _ => throw new NotSupportedException($"No test value for {property.DeclaringType!.Name}.{property.Name}."),
        };
    }

    private static void AssertEveryPropertySet(object record)
    {
        var unset = new StringBuilder();
        foreach (var property in ReadProperties(record.GetType()))
        {
            var value = property.GetValue(record);
            if (value is null || (value is ICollection { Count: 0 }))
            {
                unset.Append(record.GetType().Name).Append('.').Append(property.Name).Append(' ');
            }

            if (value is IEnumerable items and not string)
            {
                foreach (var item in items)
                {
                    AssertEveryPropertySet(item);
                }
            }
        }

        unset.ToString().Should().BeEmpty("every property of the payload carries a value");
        record.GetType().GetProperty("ExtensionData")!.GetValue(record).Should().BeNull("every field is a known one");
    }
}
