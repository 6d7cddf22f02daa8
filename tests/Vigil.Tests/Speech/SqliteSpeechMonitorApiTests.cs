namespace Vigil.Tests.Speech;

public sealed class SqliteSpeechMonitorApiTests(SqliteSpeechServer fixture) : SpeechMonitorApiTests<SqliteSpeechServer>(fixture);
