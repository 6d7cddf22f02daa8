namespace Vigil.Reports;

public sealed record HarmDraft(HarmedSex Sex, AgeGroup Age, int Count);
