using System.Reflection;
using System.Runtime.Versioning;

namespace Checkmob.Webhook.Sdk.Schemas.Tests;

/// <summary>
/// The suite runs once per build of the packages (<c>-p:CoreTargetFramework=netstandard2.0</c> selects the other
/// one): this proves which builds a run tested, so the two runs can never silently test the same assemblies.
/// </summary>
public class BuildUnderTestTests
{
    public static TheoryData<string> PackageAssemblies => new("Checkmob.Webhook.Sdk", "Checkmob.Webhook.Sdk.Schemas");

    [Theory]
    [MemberData(nameof(PackageAssemblies))]
    public void Package_UnderTest_IsTheBuildTheSwitchSelected(string assemblyName)
    {
        var assembly = assemblyName == "Checkmob.Webhook.Sdk"
            ? typeof(WebhookParser).Assembly
            : typeof(CheckmobSchemaValidator).Assembly;

        var targetFramework = assembly.GetCustomAttribute<TargetFrameworkAttribute>();

#if CORE_NETSTANDARD2_0
        targetFramework!.FrameworkName.Should().Be(".NETStandard,Version=v2.0");
#else
        targetFramework!.FrameworkName.Should().Be(".NETCoreApp,Version=v10.0");
#endif
    }
}
