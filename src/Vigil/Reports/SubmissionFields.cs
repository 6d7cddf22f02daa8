using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Vigil.Reports;

/// <summary>
/// Reads a form submission (an OpenRosa XML instance, a row of a Kobo/ODK CSV export) into a report by field names: those of Vigil's
/// incident form (what, occurred_on, place/country, admin1, admin2, location, harmed/women…, perpetrator, warning_signs,
/// hate_speech, network, details, meta/instanceID) and common generic ones (text, when, date, country, geopoint, harmed_female_adult…).
/// A field is found by the last part of its path, so groups may be named anything.
/// </summary>
public sealed class SubmissionFields
{
    private static readonly string[] TextNames = ["what", "text", "description", "report"];
    private static readonly string[] DetailNames = ["details", "hate_speech_text", "notes"];
    private static readonly string[] WhenNames = ["occurred_on", "occurred_at", "when", "date", "incident_date"];
    private static readonly string[] CountryNames = ["country", "country_iso3", "countryiso3", "iso3"];
    private static readonly string[] PointNames = ["location", "geopoint", "gps", "point", "coordinates"];
    private static readonly string[] SignNames = ["warning_signs", "signs", "indicators"];
    private static readonly string[] IdNames = ["instanceid", "_uuid", "uuid", "clientid", "client_id"];

    private static readonly Dictionary<string, (HarmedSex Sex, AgeGroup Age)> HarmNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["women"] = (HarmedSex.Female, AgeGroup.Adult),
        ["men"] = (HarmedSex.Male, AgeGroup.Adult),
        ["girls"] = (HarmedSex.Female, AgeGroup.Child),
        ["boys"] = (HarmedSex.Male, AgeGroup.Child),
    };

    private static readonly Dictionary<string, PerpetratorKind> PerpetratorAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["rebelgroup"] = PerpetratorKind.ArmedGroup,
        ["rebels"] = PerpetratorKind.ArmedGroup,
        ["communal"] = PerpetratorKind.CommunalGroup,
        ["state"] = PerpetratorKind.StateForces,
        ["police"] = PerpetratorKind.StateForces,
        ["army"] = PerpetratorKind.StateForces,
    };

    private readonly List<KeyValuePair<string, string>> _fields;

    private SubmissionFields(IEnumerable<KeyValuePair<string, string>> fields) => _fields = [.. fields];

    /// <summary>The instance's root element's id and version attributes (the form's), when the submission is XML.</summary>
    public string? FormId { get; private init; }
    public string? FormVersion { get; private init; }

    public static SubmissionFields FromPairs(IEnumerable<KeyValuePair<string, string>> fields) => new(fields);

    /// <summary>Reads an XForms instance; DTDs and external entities are refused (the XML comes from a phone, i.e. anyone).</summary>
    public static SubmissionFields FromXml(string xml)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new DomainRuleException("xml_submission_file", $"xml_submission_file: not well-formed XML ({e.Message}).");
        }
        var root = document.Root ?? throw new DomainRuleException("xml_submission_file", "xml_submission_file: empty.");
        var leaves = root.Descendants().Where(e => !e.HasElements)
            .Select(e => KeyValuePair.Create(string.Join('/', e.AncestorsAndSelf().TakeWhile(a => a != root).Reverse().Select(a => a.Name.LocalName)), e.Value));
        return new(leaves)
        {
            FormId = (string?)root.Attribute("id") ?? root.Name.LocalName,
            FormVersion = (string?)root.Attribute("version"),
        };
    }

    /// <summary>The value of the first field whose path ends in one of the names (empty values count as missing).</summary>
    public string? Find(params string[] names)
    {
        foreach (var name in names)
        {
            foreach (var (path, value) in _fields)
            {
                if (!string.IsNullOrWhiteSpace(value) && LastPart(path).Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return value.Trim();
                }
            }
        }
        return null;
    }

    public string? InstanceId => Find(IdNames);

    public ReporterIdentity Reporter => new(Find("reporter_name"), Find("reporter_phone", "phonenumber", "phone_number", "phone"),
        Find("deviceid", "device_id"), Find("username", "_submitted_by", "submitted_by"));

    /// <summary>The report these fields describe; a missing or malformed value is named by its field.</summary>
    public FieldReportDraft ToDraft(ReportChannel channel, string? clientId = null)
    {
        var id = clientId ?? InstanceId ?? throw new DomainRuleException("meta/instanceID", "meta/instanceID: required (the submission's unique id).");
        var text = Find(TextNames) ?? throw new DomainRuleException("what", "what: required (what happened).");
        var details = DetailNames.Select(n => Find(n)).Where(d => d is not null).ToList();
        if (details.Count > 0)
        {
            text = string.Join("\n\n", [text, .. details]);
        }
        var when = Find(WhenNames) ?? throw new DomainRuleException("occurred_on", "occurred_on: required (when it happened).");
        var country = Find(CountryNames) ?? throw new DomainRuleException("country", "country: required (ISO 3166 alpha-3 code).");
        var (lat, lon) = Point();
        return new FieldReportDraft(id, channel, ParseWhen(when, "occurred_on"), country, text)
        {
            FormId = FormId ?? Find("formid", "_xform_id_string", "form_id"),
            FormVersion = FormVersion ?? Find("_version", "__version__", "formversion"),
            Admin1 = Find("admin1", "region", "state", "province"),
            Admin2 = Find("admin2", "district", "county"),
            Latitude = lat,
            Longitude = lon,
            Perpetrator = Find("perpetrator", "perpetrator_kind") is { } p ? ParseChoice(p, "perpetrator", PerpetratorAliases) : null,
            WarningSigns = Find(SignNames)?.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries) ?? [],
            HateSpeechSeen = Find("hate_speech", "hate_speech_seen") is { } h && ParseYes(h, "hate_speech"),
            Network = Find("network", "reporter_network") is { } n ? ParseChoice<ReporterNetwork>(n, "network", new Dictionary<string, ReporterNetwork>()) : null,
            Harmed = Harm(),
        };
    }

    public static DateTime ParseWhen(string value, string field)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return moment.UtcDateTime;
        }
        throw new DomainRuleException(field, $"{field}: '{value}' is not a date (YYYY-MM-DD) or a date and time (ISO 8601).");
    }

    public static TEnum ParseChoice<TEnum>(string value, string field, IReadOnlyDictionary<string, TEnum> aliases) where TEnum : struct, Enum
    {
        var key = value.Trim().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (aliases.TryGetValue(key, out var alias))
        {
            return alias;
        }
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (candidate.ToString().Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }
        throw new DomainRuleException(field, $"{field}: '{value}' is not one of {string.Join(", ", Enum.GetNames<TEnum>().Select(KebabOf))}.");
    }

    public static string KebabOf(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static bool ParseYes(string value, string field) => value.Trim().ToLowerInvariant() switch
    {
        "yes" or "true" or "1" or "y" => true,
        "no" or "false" or "0" or "n" => false,
        _ => throw new DomainRuleException(field, $"{field}: '{value}' is not yes or no."),
    };

    /// <summary>An ODK geopoint ("lat lon [altitude accuracy]"), else separate latitude and longitude fields (Kobo's _location_latitude).</summary>
    private (double? Latitude, double? Longitude) Point()
    {
        if (Find(PointNames) is { } point)
        {
            var parts = point.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
            {
                return (lat, lon);
            }
            throw new DomainRuleException("location", $"location: '{point}' is not a geopoint (latitude longitude [altitude accuracy]).");
        }
        var latitude = _fields.FirstOrDefault(f => f.Key.EndsWith("latitude", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(f.Value));
        var longitude = _fields.FirstOrDefault(f => f.Key.EndsWith("longitude", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(f.Value));
        if (latitude.Value is null && longitude.Value is null)
        {
            return (null, null);
        }
        return (Number(latitude.Value, "latitude"), Number(longitude.Value, "longitude"));
    }

    private static double? Number(string? value, string field) =>
        value is null ? null
        : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
        : throw new DomainRuleException(field, $"{field}: '{value}' is not a number.");

    private List<HarmDraft> Harm()
    {
        var harmed = new List<HarmDraft>();
        foreach (var (path, value) in _fields)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }
            var name = LastPart(path);
            var parent = path.Contains('/', StringComparison.Ordinal) ? LastPart(path[..path.LastIndexOf('/')]) : "";
            (HarmedSex, AgeGroup)? group = HarmNames.TryGetValue(name, out var g) ? g
                : name.Equals("unknown", StringComparison.OrdinalIgnoreCase) && parent.Equals("harmed", StringComparison.OrdinalIgnoreCase) ? (HarmedSex.Unknown, AgeGroup.Unknown)
                : SexAndAge(name);
            if (group is not { } sexAge)
            {
                continue;
            }
            if (!int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                throw new DomainRuleException(path, $"{path}: '{value}' is not a whole number of people.");
            }
            if (count > 0)
            {
                harmed.Add(new HarmDraft(sexAge.Item1, sexAge.Item2, count));
            }
        }
        return harmed;
    }

    /// <summary>harmed_female_adult, harmed_male_child, harmed_unknown_unknown…</summary>
    private static (HarmedSex, AgeGroup)? SexAndAge(string name)
    {
        var parts = name.Split('_');
        return parts is ["harmed", var sex, var age]
            && Enum.TryParse<HarmedSex>(sex, true, out var s) && Enum.IsDefined(s)
            && Enum.TryParse<AgeGroup>(age, true, out var a) && Enum.IsDefined(a)
            ? (s, a)
            : null;
    }

    /// <summary>The field's own name: ODK Central's CSV joins groups with '-', Kobo's and XML paths with '/'.</summary>
    private static string LastPart(string path)
    {
        var slash = path.LastIndexOf('/');
        var name = slash < 0 ? path : path[(slash + 1)..];
        var dash = name.LastIndexOf('-');
        return dash < 0 ? name : name[(dash + 1)..];
    }
}
