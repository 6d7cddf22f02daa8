using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Actors;

/// <summary>Actors' tables in <see cref="VigilDb"/> (the context names no feature).</summary>
public static class ActorTables
{
    extension(VigilDb db)
    {
        public DbSet<Actor> Actors => db.Set<Actor>();
        public DbSet<ActorIdentity> ActorIdentities => db.Set<ActorIdentity>();
        public DbSet<ActorMonth> ActorMonths => db.Set<ActorMonth>();
        public DbSet<ActorAffiliation> ActorAffiliations => db.Set<ActorAffiliation>();
    }
}
