using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Composition;
using Vigil.Security;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Security;

/// <summary>
/// Which audit entries an admin reads (the role × organisation matrix over HTTP is in AccessMatrixTests): the SQL filter
/// answers as <see cref="Viewer.CanSee"/> and every mapped record type has a scope.
/// </summary>
public sealed class AuditScopeTests
{
    private static readonly Guid Own = Guid.NewGuid();
    private static readonly Guid Sharing = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    private sealed record Row(Guid? Owner, Classification Classification);

    [Fact]
    public void CanSeeFilter_EveryOwnerClassificationAndRole_AnswersAsCanSee()
    {
        var rows = (from owner in new Guid?[] { Own, Sharing, Other, null }
                    from classification in Enum.GetValues<Classification>()
                    select new Row(owner, classification)).ToList();
        var viewers = Roles.All.Select(role => new Viewer(Guid.NewGuid(), role, Own, role, [Sharing]))
            .Append(Viewer.System).Append(Viewer.Anonymous).ToList();

        foreach (var viewer in viewers)
        {
            var filtered = rows.AsQueryable().Where(viewer.CanSeeFilter<Row>(r => r.Owner, r => r.Classification)).ToList();
            Assert.Equal(rows.Where(r => viewer.CanSee(r.Owner, r.Classification)), filtered);
        }
        // The rule is not trivial on these rows: an analyst sees some and not others.
        Assert.InRange(rows.Count(r => viewers[1].CanSee(r.Owner, r.Classification)), 1, rows.Count - 1);
    }

    [Fact]
    public void AuditScopes_EveryMappedEntityType_HasAScope()
    {
        using var work = new TempFolder();
        using var services = new ServiceCollection().AddVigilCore(new DatabaseTarget(work.Path, null)).BuildServiceProvider();
        var stated = services.GetServices<AuditScopeRule>().Select(r => r.EntityType).ToHashSet();
        using var db = new VigilDb(new DbContextOptionsBuilder<VigilDb>().UseSqlite("Data Source=:memory:").Options);

        var unlisted = db.Model.GetEntityTypes().Select(t => t.ClrType).Where(t => t != typeof(AuditEntry) && !stated.Contains(t)).ToList();

        Assert.Empty(unlisted);
        // Each type is stated once, by the feature that maps it.
        Assert.Equal(stated.Count, services.GetServices<AuditScopeRule>().Count());
    }
}
