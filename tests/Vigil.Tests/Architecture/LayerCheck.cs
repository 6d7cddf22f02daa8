using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Vigil.Tests.Architecture;

/// <summary>Finds the types of an assembly that use a namespace their row may not use (<see cref="Layers.MayUse"/>), by their IL (NetArchTest).</summary>
internal static class LayerCheck
{
    /// <summary>One line per type and rule broken: the type, its layer and row, and what it uses.</summary>
    public static IReadOnlyList<string> BrokenRules(Assembly assembly, IReadOnlyList<Layers.Layer> rows)
    {
        var broken = new List<string>();
        foreach (var from in rows)
        {
            foreach (var to in rows.Where(to => !Layers.MayUse(from, to)))
            {
                var result = Types.InAssembly(assembly).That().ResideInNamespaceMatching(Pattern(from))
                    .Should().NotHaveDependencyOnAny(Dependencies(assembly, to)).GetResult();
                broken.AddRange((result.FailingTypes ?? []).Select(t =>
                    $"{t.FullName} ({from.Namespace}, row {from.Row}) uses {to.Namespace} (row {to.Row}): {t.Explanation}"));
            }
        }
        return broken;
    }

    /// <summary>The namespaces of the assembly's types that no row holds.</summary>
    public static IReadOnlyList<string> NamespacesWithoutRow(Assembly assembly, IReadOnlyList<Layers.Layer> rows) =>
        assembly.GetTypes().Select(t => t.Namespace).OfType<string>().Where(n => n.StartsWith("Vigil", StringComparison.Ordinal)).Distinct()
            .Where(n => !rows.Any(r => Regex.IsMatch(n, Pattern(r)))).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// What using a layer means to NetArchTest, which matches a namespace with its children: the root namespace's own types
    /// by name (every Vigil.* would match "Vigil"), any other layer by its namespace.
    /// </summary>
    private static string[] Dependencies(Assembly assembly, Layers.Layer layer) =>
        layer.Namespace == "Vigil"
            ? [.. assembly.GetTypes().Where(t => t.Namespace == "Vigil" && !t.IsNested).Select(t => t.FullName!)]
            : [layer.Namespace];

    /// <summary>The root namespace alone (the shared kernel); any other with its child namespaces (Events.Import is Events).</summary>
    private static string Pattern(Layers.Layer layer) =>
        layer.Namespace == "Vigil" ? "^Vigil$" : $"^{Regex.Escape(layer.Namespace)}(\\..+)?$";
}
