namespace Vigil.Reports;

/// <summary>How many people of one sex and age group a report says were harmed.</summary>
public sealed class HarmCount
{
    public const int MaxCount = 100_000;

    private HarmCount()
    {
    }

    internal HarmCount(Guid reportId, HarmedSex sex, AgeGroup age, int count)
    {
        if (!Enum.IsDefined(sex))
        {
            throw new DomainRuleException("harmed.sex", $"harmed.sex: {(int)sex} is not female, male or unknown.");
        }
        if (!Enum.IsDefined(age))
        {
            throw new DomainRuleException("harmed.age", $"harmed.age: {(int)age} is not an age group.");
        }
        if (count is < 0 or > MaxCount)
        {
            throw new DomainRuleException("harmed.count", $"harmed.count: {count} is not between 0 and {MaxCount}.");
        }
        Id = Guid.NewGuid();
        ReportId = reportId;
        Sex = sex;
        Age = age;
        Count = count;
    }

    public Guid Id { get; private set; }
    public Guid ReportId { get; private set; }
    public HarmedSex Sex { get; private set; }
    public AgeGroup Age { get; private set; }
    public int Count { get; private set; }
}
