using System.Reflection;
using System.Runtime.Versioning;

namespace Checkmob.Webhook.Sdk.AspNetCore.Tests;

/// <summary>
/// The suite runs once per build of the core package (<c>-p:CoreTargetFramework=netstandard2.0</c> selects the other
/// one); the endpoint package itself targets net10.0 only. This proves which core build a run tested.
/// </summary>
public sealed class BuildUnderTestTests
{
    [Fact]
    public void CorePackage_UnderTest_IsTheBuildTheSwitchSelected()
    {
        var targetFramework = typeof(WebhookParser).Assembly.GetCustomAttribute<TargetFrameworkAttribute>();

#if CORE_NETSTANDARD2_0
        targetFramework!.FrameworkName.Should().Be(".NETStandard,Version=v2.0");
#else
        targetFramework!.FrameworkName.Should().Be(".NETCoreApp,Version=v10.0");
#endif
    }
}
