using Microsoft.Extensions.DependencyInjection;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Speech.Lexicons;

public static class SpeechLexiconServices
{
    /// <summary>The stored, versioned lexicon: seeded from the starter lexicon on first start and loaded into the classifier's cache.</summary>
    public static IServiceCollection AddSpeechLexicons(this IServiceCollection services)
    {
        services.AddSingleton<SpeechLexiconStore>();
        services.AddSingleton(sp => new ReferenceData(sp.GetRequiredService<SpeechLexiconStore>().SeedAsync));
        services.AddAuditScopes(AuditScopeRule.System<SpeechLexiconVersion>(), AuditScopeRule.System<SpeechLexiconEntry>());
        return services;
    }
}
