namespace Vigil.Tests.Speech;

public sealed class PostgresSpeechMonitorApiTests(PostgresSpeechServer fixture) : SpeechMonitorApiTests<PostgresSpeechServer>(fixture);
