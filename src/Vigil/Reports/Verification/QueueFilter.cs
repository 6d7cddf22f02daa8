namespace Vigil.Reports.Verification;

/// <summary>What the queue shows: by default every status, new (unverified) reports first and the newest of them on top.</summary>
public sealed record QueueFilter(ReportStatus? Status = null, string? Country = null, int Take = 200);
