namespace Vigil.Security;

/// <summary>How widely a record may be shared, lowest first.</summary>
public enum Classification
{
    Public,
    Internal,
    Restricted,
    Confidential,
}
