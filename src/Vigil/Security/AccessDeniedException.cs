namespace Vigil.Security;

/// <summary>The viewer may see the record but not do this to it (HTTP 403).</summary>
public sealed class AccessDeniedException(string message) : Exception(message);
