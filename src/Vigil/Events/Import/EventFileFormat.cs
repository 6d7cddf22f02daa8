namespace Vigil.Events.Import;

/// <summary>The file layouts Vigil reads. Column positions or names per layout are in the row mappers.</summary>
public enum EventFileFormat
{
    /// <summary>UCDP GED CSV, any release (19.1 42 columns, 22.1+ 49 columns, HDX per-country with an HXL row).</summary>
    UcdpGed,

    /// <summary>ACLED CSV, any header generation (v6 upper-case, export tool 2018–22, API 2023+ with NA).</summary>
    Acled,

    /// <summary>ACLED's list of deleted events (event_id_cnty, deleted_timestamp): those events are removed.</summary>
    AcledDeletions,

    /// <summary>GDELT 2.0 event export: 61 tab-separated fields, no header.</summary>
    Gdelt2,

    /// <summary>GDELT 1.0 field layout (58 fields), as raw tab-separated download or comma-separated quoted SQL export with NULL.</summary>
    Gdelt1,
}
