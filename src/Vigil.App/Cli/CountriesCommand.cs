using System.CommandLine;
using Spectre.Console;
using Vigil.Countries;

namespace Vigil.App.Cli;

public static class CountriesCommand
{
    public static Command Create()
    {
        var search = new Option<string?>("--search") { Description = "Part of a name, an alias or a code" };
        var list = new Command("list", "List the country reference: ISO3, COW code, English and Chinese names");
        list.Options.Add(search);
        list.SetAction(parse =>
        {
            var table = new Table().AddColumns("ISO3", "COW", "Name", "名称", "Status");
            foreach (var c in CountryCatalog.Embedded.Search(parse.GetValue(search)))
            {
                table.AddRow(c.Iso3, c.Cow?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", Markup.Escape(c.Name.En), Markup.Escape(c.Name.Zh), c.Status);
            }
            AnsiConsole.Write(table);
            return VigilCli.Ok;
        });
        var command = new Command("countries", "The country reference");
        command.Subcommands.Add(list);
        return command;
    }
}
