namespace Vigil.Security;

/// <summary>One write to one record: who, when, from where, what it was and what it became. Never updated or deleted by the app.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(DateTime at, Guid? userId, Guid? actorOrganizationId, string actor, string? address, string action,
        string recordType, string recordId, AuditScope scope, string? before, string? after)
    {
        Id = Guid.NewGuid();
        At = at;
        UserId = userId;
        ActorOrganizationId = actorOrganizationId;
        Actor = actor;
        Address = address;
        Action = action;
        RecordType = recordType;
        RecordId = recordId;
        RecordOrganizationId = scope.OrganizationId;
        RecordClassification = scope.Classification;
        Before = before;
        After = after;
    }

    public Guid Id { get; private set; }
    public DateTime At { get; private set; }
    public Guid? UserId { get; private set; }

    /// <summary>The acting user's organisation; null for the command line and for anonymous requests (sign-in).</summary>
    public Guid? ActorOrganizationId { get; private set; }
    public string Actor { get; private set; } = "";
    public string? Address { get; private set; }
    public string Action { get; private set; } = "";
    public string RecordType { get; private set; } = "";
    public string RecordId { get; private set; } = "";

    /// <summary>The audited record's owner when the entry was written (see <see cref="AuditScope"/>).</summary>
    public Guid? RecordOrganizationId { get; private set; }

    /// <summary>The audited record's classification when the entry was written (see <see cref="AuditScope"/>).</summary>
    public Classification RecordClassification { get; private set; }

    public string? Before { get; private set; }
    public string? After { get; private set; }
}
