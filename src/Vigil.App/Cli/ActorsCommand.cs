using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Actors;
using Vigil.Security;
using Vigil.Situations;
using Vigil.Storage;
using ActorKind = Vigil.Actors.ActorKind;

namespace Vigil.App.Cli;

/// <summary>
/// `vigil actors list|suggest|merge|unmerge|rebuild`: the actor register on the terminal. The command line acts as the system and
/// sees every organisation's register; --org narrows a list to one.
/// </summary>
public static class ActorsCommand
{
    public static Command Create()
    {
        var command = new Command("actors", "The actor register built from GED and ACLED events: list a country's actors, merge and unmerge them, rebuild");
        var country = new Option<string>("--country") { Description = "The country (ISO3)", Required = true };
        var org = new Option<string?>("--org") { Description = "Only this organisation's register (by name)" };
        var kind = new Option<string?>("--kind") { Description = "Only this kind: state-forces, rebel-group, political-militia, communal-militia, external-force, other" };
        var search = new Option<string?>("--q") { Description = "Only names containing this text" };
        var list = new Command("list", "A country's actors: id, organisation, kind, name, then per source identity its events, one-sided violence events and deaths in the country") { country, org, kind, search };
        list.SetAction(async (parse, ct) =>
        {
            ActorKind? wanted;
            try
            {
                wanted = KebabCase.Parse<ActorKind>(parse.GetValue(kind), "--kind");
            }
            catch (DomainRuleException e)
            {
                Console.Error.WriteLine(e.Message);
                return VigilCli.UsageError;
            }
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            var organizations = await OrganizationsAsync(services, ct);
            Guid? only = null;
            if (parse.GetValue(org) is { } name)
            {
                if (!organizations.Any(o => o.Value == name))
                {
                    Console.Error.WriteLine($"--org: no organisation named '{name}'.");
                    return VigilCli.BadInput;
                }
                only = organizations.First(o => o.Value == name).Key;
            }
            var rows = await services.GetRequiredService<ActorQueries>().ListAsync(Viewer.System,
                new ActorQuery(parse.GetValue(country)!, parse.GetValue(search), wanted, only), ct);
            Console.WriteLine("id\torganisation\tkind\tname\tsources (source:id events/one-sided/deaths)");
            foreach (var r in rows)
            {
                Console.WriteLine(string.Join('\t', r.Actor.Id, organizations.GetValueOrDefault(r.Actor.OrganizationId ?? Guid.Empty, "-"), KebabCase.Of(r.Actor.Kind), r.Actor.Name,
                    string.Join("; ", r.Sources.Select(s => FormattableString.Invariant($"{s.Source}:{s.SourceActorId} {s.Events}/{s.CivilianEvents}/{s.Deaths}")))));
            }
            if (rows.Count == 0 && organizations.Count == 0)
            {
                // The registers are the organisations': with none, imported events have made source identities but no entries to list.
                Console.Error.WriteLine("No organisation exists yet, so there is no register to list: add one (vigil orgs add --name NAME --kind KIND, or vigil users add … --org NAME); it gets its register from the stored events at once.");
            }
            return VigilCli.Ok;
        });

        var suggest = new Command("suggest", "Suggested merges in a country by name similarity (never applied automatically)") { country, org };
        suggest.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            var organizations = await OrganizationsAsync(services, ct);
            var only = parse.GetValue(org) is { } name ? organizations.FirstOrDefault(o => o.Value == name).Key : (Guid?)null;
            var found = await services.GetRequiredService<MergeSuggestions>().ForCountryAsync(Viewer.System, new ActorQuery(parse.GetValue(country)!, OrganizationId: only), ct);
            Console.WriteLine("similarity\tfirst id\tfirst name\tsecond id\tsecond name");
            foreach (var s in found)
            {
                Console.WriteLine(string.Join('\t', s.Similarity.ToString("0.000", CultureInfo.InvariantCulture), s.First.Actor.Id, s.First.Actor.Name, s.Second.Actor.Id, s.Second.Actor.Name));
            }
            return VigilCli.Ok;
        });

        var ids = new Argument<Guid[]>("ids") { Description = "Two or more actor ids (from list), of one organisation's register", Arity = ArgumentArity.OneOrMore };
        var mergedName = new Option<string?>("--name") { Description = "Name of the merged actor (default: the first's)" };
        var merge = new Command("merge", "Merge actors judged to be one; every source identity keeps its own counts") { ids, mergedName };
        merge.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            try
            {
                var merged = await scope.ServiceProvider.GetRequiredService<MergeActors>().RunAsync(new([.. parse.GetValue(ids)!], parse.GetValue(mergedName), "cli"), ct);
                if (merged is null)
                {
                    Console.Error.WriteLine("ids: an actor id is unknown.");
                    return VigilCli.BadInput;
                }
                Console.WriteLine($"Merged into {merged.Id} ({merged.Name}); undo with: vigil actors unmerge {merged.Id}");
                return VigilCli.Ok;
            }
            catch (DomainRuleException e)
            {
                Console.Error.WriteLine($"{e.Field}: {e.Message}");
                return VigilCli.BadInput;
            }
        });

        var id = new Argument<Guid>("id") { Description = "The merged actor's id" };
        var unmerge = new Command("unmerge", "Undo a merge: the actors it held stand on their own again") { id };
        unmerge.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            try
            {
                var parts = await scope.ServiceProvider.GetRequiredService<UnmergeActor>().RunAsync(new(parse.GetValue(id)), ct);
                if (parts is null)
                {
                    Console.Error.WriteLine($"No actor {parse.GetValue(id)}.");
                    return VigilCli.BadInput;
                }
                Console.WriteLine($"Unmerged: {string.Join(", ", parts.Select(p => $"{p.Id} ({p.Name})"))}");
                return VigilCli.Ok;
            }
            catch (DomainRuleException e)
            {
                Console.Error.WriteLine($"{e.Field}: {e.Message}");
                return VigilCli.BadInput;
            }
        });

        var rebuild = new Command("rebuild", "Rebuild the register from the stored events (an import does it too); raises signals for sharp rises in an actor's one-sided violence");
        rebuild.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            var outcome = await services.GetRequiredService<RebuildActors>().RunAsync(ct);
            Console.WriteLine($"{outcome.Identities} source identities; {outcome.NewEntries} new register entries; {outcome.Signals} signals of rising one-sided violence");
            return VigilCli.Ok;
        });

        command.Subcommands.Add(list);
        command.Subcommands.Add(suggest);
        command.Subcommands.Add(merge);
        command.Subcommands.Add(unmerge);
        command.Subcommands.Add(rebuild);
        return command;
    }

    private static async Task<Dictionary<Guid, string>> OrganizationsAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VigilDb>().Set<Organization>().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }
}
