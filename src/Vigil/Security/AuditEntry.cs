namespace Vigil.Security;

/// <summary>One write to one record: who, when, from where, what it was and what it became. Never updated or deleted by the app.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(DateTime at, Guid? userId, string actor, string? address, string action, string recordType, string recordId, string? before, string? after)
    {
        Id = Guid.NewGuid();
        At = at;
        UserId = userId;
        Actor = actor;
        Address = address;
        Action = action;
        RecordType = recordType;
        RecordId = recordId;
        Before = before;
        After = after;
    }

    public Guid Id { get; private set; }
    public DateTime At { get; private set; }
    public Guid? UserId { get; private set; }
    public string Actor { get; private set; } = "";
    public string? Address { get; private set; }
    public string Action { get; private set; } = "";
    public string RecordType { get; private set; } = "";
    public string RecordId { get; private set; } = "";
    public string? Before { get; private set; }
    public string? After { get; private set; }
}
