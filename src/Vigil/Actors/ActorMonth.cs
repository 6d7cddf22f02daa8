namespace Vigil.Actors;

/// <summary>
/// One month of one source identity's events in one country: the register's counts per country and the actor's
/// monthly series. Civilian events are one-sided violence (GED type 3, ACLED "Violence against civilians"); deaths are
/// GED best and ACLED fatalities of every event the actor took part in.
/// </summary>
public sealed record ActorMonth(long IdentityId, string CountryIso3, int Month, int Events, int CivilianEvents, long Deaths);
