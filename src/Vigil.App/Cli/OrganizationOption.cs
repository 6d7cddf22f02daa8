using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Cli;

/// <summary>--organization of the import verbs: the organisation that owns what is imported, by name.</summary>
public static class OrganizationOption
{
    public static Option<string?> Create(string what) => new("--organization") { Description = $"Name of the organisation that owns the imported {what} (default: none)" };

    /// <summary>The named organisation's id; null when no name was given; a name that does not exist is an input error.</summary>
    public static async Task<Guid?> FindAsync(IServiceProvider services, string? name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }
        return await services.GetRequiredService<VigilDb>().Set<Organization>().Where(o => o.Name == name).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InputFileException($"--organization: no organisation named '{name}' (see 'vigil orgs list').");
    }
}
