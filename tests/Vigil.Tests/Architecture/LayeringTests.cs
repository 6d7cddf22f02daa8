using Vigil.Storage;

namespace Vigil.Tests.Architecture;

/// <summary>
/// The core keeps the layers of DESIGN.md (<see cref="Layers"/>): Storage knows no feature, a feature uses only features
/// on lower rows, the composition root alone knows them all, and the core knows nothing of the app.
/// </summary>
public sealed class LayeringTests
{
    private static readonly System.Reflection.Assembly Core = typeof(VigilDb).Assembly;

    [Fact]
    public void Core_EveryType_UsesOnlyWhatItsRowMayUse()
    {
        var broken = LayerCheck.BrokenRules(Core, Layers.Rows);

        Assert.True(broken.Count == 0, "Types breaking the layers of DESIGN.md:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void Core_EveryNamespace_HasARow()
    {
        Assert.Empty(LayerCheck.NamespacesWithoutRow(Core, Layers.Rows));
    }

    [Fact]
    public void BrokenRules_ARowBelowWhatItUses_NamesTheTypeAndWhatItUses()
    {
        // Security registers Identity's stores on VigilDb: with Security put under Storage, that use breaks the rows.
        var rows = Layers.Rows.Select(l => l.Namespace == "Vigil.Security" ? l with { Row = 0 } : l).ToList();

        var broken = LayerCheck.BrokenRules(Core, rows);

        Assert.Contains(broken, b => b.StartsWith("Vigil.Security.SecurityServices (Vigil.Security, row 0) uses Vigil.Storage (row 1)", StringComparison.Ordinal));
        Assert.DoesNotContain(broken, b => !b.StartsWith("Vigil.Security.", StringComparison.Ordinal));
    }

    [Fact]
    public void Core_References_NeitherTheAppNorAspNetCoreHosting()
    {
        // Identity's user store and Data Protection are libraries the core uses; the web framework is the app's.
        string[] libraries = ["Microsoft.AspNetCore.Identity", "Microsoft.AspNetCore.Identity.EntityFrameworkCore", "Microsoft.AspNetCore.DataProtection",
            "Microsoft.AspNetCore.DataProtection.Abstractions", "Microsoft.AspNetCore.Cryptography.Internal", "Microsoft.AspNetCore.Cryptography.KeyDerivation"];

        var references = Core.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("Vigil.App", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal) && !libraries.Contains(r));
    }
}
