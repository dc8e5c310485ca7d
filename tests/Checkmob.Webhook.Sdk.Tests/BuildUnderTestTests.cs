using System.Reflection;
using System.Runtime.Versioning;

namespace Checkmob.Webhook.Sdk.Tests;

/// <summary>
/// The suite runs once per build of the package (<c>-p:CoreTargetFramework=netstandard2.0</c> selects the other one):
/// this proves which build a run tested, so the two runs can never silently test the same assembly.
/// </summary>
public class BuildUnderTestTests
{
    [Fact]
    public void Package_UnderTest_IsTheBuildTheSwitchSelected()
    {
        var targetFramework = typeof(WebhookParser).Assembly.GetCustomAttribute<TargetFrameworkAttribute>();

#if CORE_NETSTANDARD2_0
        targetFramework!.FrameworkName.Should().Be(".NETStandard,Version=v2.0");
#else
        targetFramework!.FrameworkName.Should().Be(".NETCoreApp,Version=v10.0");
#endif
    }
}
