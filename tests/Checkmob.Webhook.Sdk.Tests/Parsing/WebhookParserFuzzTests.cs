using System.Text;

namespace Checkmob.Webhook.Sdk.Tests.Parsing;

/// <summary>
/// Thousands of random mutations of the sample payloads: the parser returns an event or throws
/// <see cref="WebhookParseException"/>, never anything else. Each mutation comes from <c>new Random(seed)</c>, so a
/// failure names the seed that reproduces it (see <see cref="Mutation.Create"/>).
/// </summary>
public class WebhookParserFuzzTests
{
    private const int BaseSeed = 20_250_604;

    private static readonly IWebhookParser[] Parsers =
    [
        new WebhookParser(null),
        new WebhookParser(new WebhookParserOptions { TimeZone = WebhookParserOptions.BrasiliaTimeZone }),
        new WebhookParser(new WebhookParserOptions { MaxDepth = 5 }),
    ];

    [Fact]
    public void Parse_RandomMutationsOfThePayloads_ReturnAnEventOrThrowWebhookParseException()
    {
        const int Iterations = 15_000;
        var failures = new List<string>();
        var accepted = 0;
        var rejected = 0;

        // Plain checks in the loop: thousands of FluentAssertions calls would dominate the run time.
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var seed = BaseSeed + iteration;
            var mutation = Mutation.Create(seed);
            try
            {
                // The parser is chosen by the seed too (seed % 3), so the seed alone reproduces a failure.
                var evt = Parsers[seed % Parsers.Length].Parse(mutation.Body);
                var problem = ProblemWith(evt);
                if (problem is not null)
                {
                    failures.Add($"seed {seed} (iteration {iteration}, {mutation.Description}): {problem}");
                }

                accepted++;
            }
            catch (WebhookParseException ex)
            {
                if (!Enum.IsDefined(ex.Kind) || !ex.Path.StartsWith('$'))
                {
                    failures.Add($"seed {seed} (iteration {iteration}, {mutation.Description}): {ex.Kind}, {ex.Path}");
                }

                rejected++;
            }
            catch (Exception ex)
            {
                failures.Add(
                    $"seed {seed} (iteration {iteration}, {mutation.Description}): {ex.GetType()}: {ex.Message}");
            }
        }

        failures.Should().BeEmpty("Parse must return an event or throw WebhookParseException; rerun a seed with "
            + "Mutation.Create(seed) to reproduce");
        accepted.Should().BeGreaterThan(Iterations / 20, "mutations that keep the JSON valid must parse");
        rejected.Should().BeGreaterThan(Iterations / 20, "mutations that break the JSON must be rejected");
    }

    [Fact]
    public async Task ParseAsync_RandomMutationsOfThePayloads_AgreeWithParseBytes()
    {
        const int Iterations = 1_500;
        var disagreements = new List<string>();

        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var seed = BaseSeed - 1 - iteration;
            var mutation = Mutation.Create(seed);
            using var stream = ParserHarness.Trickle(mutation.Body, 1 + (iteration % 64));

            var fromBytes = Outcome(() => WebhookParser.Parse(mutation.Body));
            var fromStream = await OutcomeAsync(() => WebhookParser.ParseAsync(stream).AsTask());

            if (fromBytes != fromStream)
            {
                disagreements.Add($"seed {seed} ({mutation.Description}): bytes {fromBytes}; stream {fromStream}");
            }
        }

        disagreements.Should().BeEmpty();
    }

    /// <summary>A problem with a parsed event, or null; serializing it checks that its numbers are finite.</summary>
    private static string? ProblemWith(WebhookEvent evt)
    {
        var lists = evt switch
        {
            ClienteCriado criado => criado.Data.SelectMany(ClienteParts),
            ClienteEditado editado => editado.Data.SelectMany(ClienteParts),
            RegistroRealizado realizado => realizado.Data.Cast<object?>(),
            ChecklistRespondido respondido => respondido.Data.SelectMany(c => new object?[] { c, c.Respostas }),
            UnknownWebhookEvent unknown => unknown.Data.Select(element => (object?)element),
            _ => [null],
        };
        if (lists.Any(value => value is null))
        {
            return $"{evt.GetType().Name} holds a null item or list";
        }

        _ = ParserHarness.Canonical(evt);
        return null;

        static object?[] ClienteParts(Cliente cliente)
            => [cliente, cliente.Segmentos, cliente.Contatos, cliente.CampoPersonalizado];
    }

    private static string Outcome(Func<WebhookEvent> parse)
    {
        try
        {
            return ParserHarness.Canonical(parse());
        }
        catch (WebhookParseException ex)
        {
            return $"{ex.Kind} at {ex.Path} ({ex.LineNumber}, {ex.BytePositionInLine})";
        }
    }

    private static async Task<string> OutcomeAsync(Func<Task<WebhookEvent>> parse)
    {
        try
        {
            return ParserHarness.Canonical(await parse());
        }
        catch (WebhookParseException ex)
        {
            return $"{ex.Kind} at {ex.Path} ({ex.LineNumber}, {ex.BytePositionInLine})";
        }
    }

    /// <summary>One reproducible mutation of a sample payload: its bytes and what was done to them.</summary>
    internal sealed record Mutation(byte[] Body, string Description)
    {
        private static readonly byte[][] Corpus = [.. Payloads.All().Select(Payloads.ReadBytes)];

        private static readonly byte[] Significant = "{}[]\",:0-.eE+tfnu\\ \n\u00e3"u8.ToArray();

        private static readonly string[] Values =
        [
            "null", "true", "false", "0", "-1", "1.5", "1e400", "-0", "99999999999999999999", "\"\"", "\"  \"",
            "\"abc\"", "\"\\uD800\"", "\"S\\u00e3o\"", "{}", "[]", "[1]", "{\"a\":[1]}", "\"2025-06-04T16:00:00\"",
            "\"0001-01-01T00:00:00\"", "\"9999-12-31T23:59:59+14:00\"", "\"01310-100\"", "\"true\"", "\"42\"",
        ];

        public static Mutation Create(int seed) => Create(seed, Corpus);

        /// <summary>A mutation of one of the bodies of <paramref name="corpus"/>, chosen by the seed.</summary>
        public static Mutation Create(int seed, IReadOnlyList<byte[]> corpus)
        {
            var random = new Random(seed);
            var source = random.Next(corpus.Count);
            var body = new List<byte>(corpus[source]);
            var steps = new StringBuilder("payload ").Append(source);
            for (var count = 1 + random.Next(3); count > 0 && body.Count > 0; count--)
            {
                var at = random.Next(body.Count);
                switch (random.Next(7))
                {
                    case 0:
                        body[at] ^= (byte)(1 << random.Next(8));
                        steps.Append(", flip ").Append(at);
                        break;
                    case 1:
                        body.RemoveRange(at, Math.Min(1 + random.Next(8), body.Count - at));
                        steps.Append(", delete ").Append(at);
                        break;
                    case 2:
                        body.Insert(at, Significant[random.Next(Significant.Length)]);
                        steps.Append(", insert ").Append(at);
                        break;
                    case 3:
                        body[at] = Significant[random.Next(Significant.Length)];
                        steps.Append(", replace ").Append(at);
                        break;
                    case 4:
                        var length = Math.Min(1 + random.Next(64), body.Count - at);
                        body.InsertRange(random.Next(body.Count), body.GetRange(at, length));
                        steps.Append(", duplicate ").Append(at);
                        break;
                    case 5:
                        SwapValue(body, random);
                        steps.Append(", swap value");
                        break;
                    default:
                        if (random.Next(4) == 0)
                        {
                            body.RemoveRange(at, body.Count - at);
                            steps.Append(", truncate ").Append(at);
                        }

                        break;
                }
            }

            return new Mutation([.. body], steps.ToString());
        }

        /// <summary>Replaces the value after a random colon with a value of another JSON type.</summary>
        private static void SwapValue(List<byte> body, Random random)
        {
            var colons = Enumerable.Range(0, body.Count).Where(i => body[i] == ':').ToArray();
            if (colons.Length == 0)
            {
                return;
            }

            var start = colons[random.Next(colons.Length)] + 1;
            var end = ValueEnd(body, start);
            body.RemoveRange(start, end - start);
            body.InsertRange(start, Encoding.UTF8.GetBytes(Values[random.Next(Values.Length)]));
        }

        private static int ValueEnd(List<byte> body, int start)
        {
            var depth = 0;
            var inString = false;
            for (var i = start; i < body.Count; i++)
            {
                var b = body[i];
                if (inString)
                {
                    inString = b != '"' || body[i - 1] == '\\';
                    continue;
                }

                if (b == '"')
                {
                    inString = true;
                }
                else if (b is (byte)'{' or (byte)'[')
                {
                    depth++;
                }
                else if (b is (byte)'}' or (byte)']' or (byte)',' && depth == 0)
                {
                    return i;
                }
                else if (b is (byte)'}' or (byte)']')
                {
                    depth--;
                }
            }

            return body.Count;
        }
    }
}
