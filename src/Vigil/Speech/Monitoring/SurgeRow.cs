namespace Vigil.Speech.Monitoring;

/// <summary>One month (yyyyMM) of a hate-speech series: posts classified hate, and posts flagged as inciting violence.</summary>
public sealed record SurgeRow(int Month, int HatePosts, int IncitementPosts);
