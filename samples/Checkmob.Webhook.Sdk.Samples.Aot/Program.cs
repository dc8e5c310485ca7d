// Parses a webhook body (a file, or the built-in example) and dispatches it, compiled ahead of time.
// Publish: dotnet publish samples/Checkmob.Webhook.Sdk.Samples.Aot -c Release -o artifacts/aot
using Checkmob.Webhook.Sdk;

const string Example = """{"Tipo":1,"Data":{"IdCliente":12345678,"Nome":"Cliente Exemplo","Cep":1310100}}""";

var body = args.Length > 0 ? await File.ReadAllBytesAsync(args[0]) : System.Text.Encoding.UTF8.GetBytes(Example);
var handled = 0;
var dispatcher = new WebhookDispatcherBuilder()
    .AddHandler<ClienteCriado>(criado => handled += criado.Data.Count)
    .AddHandler<WebhookEvent>(evt => Console.WriteLine($"{evt.GetType().Name} (Tipo {(int)evt.Tipo}): {evt.ItemCount} item(s)"))
    .Build();

var processor = new WebhookProcessor(new WebhookParser(null), dispatcher);
var result = await processor.ProcessAsync(body);
Console.WriteLine($"{result.Status}; clients handled: {handled}");
return result.Succeeded ? 0 : 1;
