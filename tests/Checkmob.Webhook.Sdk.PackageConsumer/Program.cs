// Parses a documented Checkmob payload and dispatches it through the container, as a user's app would, using the
// packages from the feed. Exits non-zero when anything is not as the payload says. Kept to C# 7.3 (see the project).
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Checkmob.Webhook.Sdk;
using Checkmob.Webhook.Sdk.Schemas;
using Microsoft.Extensions.DependencyInjection;

namespace Checkmob.Webhook.Sdk.PackageConsumer
{
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            if (args.Length != 1)
            {
                Console.Error.WriteLine("Usage: Checkmob.Webhook.Sdk.PackageConsumer <documented-tipo1-payload.json>");
                return 2;
            }

            var body = File.ReadAllText(args[0]);
            var failures = 0;

            var schema = CheckmobSchemaValidator.Validate(body);
            failures += Check("the payload matches the JSON Schemas", schema.IsValid);

            var services = new ServiceCollection();
            services.AddSingleton<ReceivedClients>();
            services.AddCheckmobWebhooks().AddHandler<NewClientHandler>();
            using (var provider = services.BuildServiceProvider())
            {
                var processor = provider.GetRequiredService<IWebhookProcessor>();
                var result = await processor.ProcessAsync(body, CancellationToken.None);
                var received = provider.GetRequiredService<ReceivedClients>();

                failures += Check("the delivery was processed", result.Status == WebhookProcessingStatus.Processed);
                failures += Check("the handler received ClienteCriado", result.Event is ClienteCriado);
                failures += Check("the handler saw client 12345678", received.LastId == 12345678);
                failures += Check("the CEP is 8 digits", received.LastCep == "12345678");
                failures += Check(
                    "custom field 'Campo 2' reads as 10/06/2025", received.LastDate == new DateTime(2025, 6, 10));
            }

            failures += Check("Cpf.IsValid reads a masked CPF", Cpf.IsValid("529.982.247-25"));
            failures += Check("Cnpj.Format masks a CNPJ", Cnpj.Format("11222333000181") == "11.222.333/0001-81");

            var unknown = WebhookParser.Parse("{\"Tipo\": 99, \"Data\": [{\"Novo\": true}]}") as UnknownWebhookEvent;
            failures += Check("an unknown Tipo is kept", unknown != null && unknown.Data.Count == 1);

            try
            {
                WebhookParser.Parse("{\"Tipo\": 1, \"Data\": {\"IdCliente\": \"abc\"}}");
                failures += Check("a wrong value is rejected", false);
            }
            catch (WebhookParseException ex)
            {
                failures += Check("a wrong value is rejected with its path", ex.Path == "$.Data.IdCliente");
            }

            Console.WriteLine(failures == 0 ? "package consumer: all checks passed" : "package consumer: FAILED");
            return failures == 0 ? 0 : 1;
        }

        private static int Check(string what, bool passed)
        {
            Console.WriteLine((passed ? "  ok    " : "  FAIL  ") + what);
            return passed ? 0 : 1;
        }
    }

    public sealed class ReceivedClients
    {
        public long? LastId { get; set; }

        public string LastCep { get; set; }

        public DateTime? LastDate { get; set; }
    }

    public sealed class NewClientHandler : IWebhookHandler<ClienteCriado>
    {
        private readonly ReceivedClients _received;

        public NewClientHandler(ReceivedClients received)
        {
            _received = received;
        }

        public Task HandleAsync(ClienteCriado evt, CancellationToken cancellationToken)
        {
            foreach (var cliente in evt.Data)
            {
                _received.LastId = cliente.IdCliente;
                _received.LastCep = cliente.Cep;
                if (cliente.TryGetCampoPersonalizado("campo 2", out var campo) && campo.TryGetDateTime(out var date))
                {
                    _received.LastDate = date.Date;
                }
            }

            return Task.CompletedTask;
        }
    }
}
