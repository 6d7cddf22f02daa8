namespace Vigil.Speech.Monitoring;

/// <summary>One post as read from a file or a request, checked (<see cref="PostFields"/>); the source names the feed, the post id is unique within it.</summary>
public sealed record PostInput(string Source, string PostId, string Text, string? Language, string? Platform, string? AuthorHandle,
    DateTime? PostedAt, string? CountryIso3, string? Admin1, string? Url, int? Followers, int? Shares);
