using Microsoft.Extensions.DependencyInjection;
using Vigil.Speech.Lexicons;

namespace Vigil.Speech.Classification;

public static class SpeechClassificationServices
{
    /// <summary>The hate-speech classifier (<see cref="ISpeechClassifier"/>) and the lexicon it reads.</summary>
    public static IServiceCollection AddSpeechClassification(this IServiceCollection services)
    {
        services.AddSingleton<SpeechLexiconCache>();
        services.AddSingleton<SpeechClassifier>();
        services.AddSingleton<ISpeechClassifier>(sp => sp.GetRequiredService<SpeechClassifier>());
        return services;
    }
}
