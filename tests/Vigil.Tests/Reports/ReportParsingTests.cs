using Vigil.Reports;

namespace Vigil.Tests.Reports;

public sealed class ReportParsingTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Compact_OdkRecordWithEscapedDelimiter_ReadsTheTaggedFields()
    {
        var fields = SmsReportText.Read(@"vr|c|SDN|a1|North Darfur|w|Market burned\|looted|hw|2|hb|1|p|militia|l|13.6 25.3|d|2026-02-28", Now)!;

        var draft = fields.ToDraft(ReportChannel.Sms, "sms:1");

        Assert.Equal("SDN", draft.CountryIso3);
        Assert.Equal("North Darfur", draft.Admin1);
        Assert.Equal("Market burned|looted", draft.Text);
        Assert.Equal(3, draft.Harmed.Sum(h => h.Count));
        Assert.Equal(PerpetratorKind.Militia, draft.Perpetrator);
        Assert.Equal((13.6, 25.3), (draft.Latitude!.Value, draft.Longitude!.Value));
        Assert.Equal(new DateTime(2026, 2, 28, 0, 0, 0, DateTimeKind.Utc), draft.OccurredAt);
    }

    [Fact]
    public void Compact_SpaceDelimited_GeopointTakesBothNumbers()
    {
        var draft = SmsReportText.Read(@"vr c SDN w Shots\ fired l 13.6 25.3 hs yes", Now)!.ToDraft(ReportChannel.Sms, "sms:2");

        Assert.Equal("Shots fired", draft.Text);
        Assert.Equal(25.3, draft.Longitude);
        Assert.True(draft.HateSpeechSeen);
        Assert.Equal(Now, draft.OccurredAt);
    }

    [Theory]
    [InlineData("VR SDN Kassala militia gathered", "Kassala", "militia gathered")]
    [InlineData("vr SDN \"Blue Nile\" roadblock", "Blue Nile", "roadblock")]
    [InlineData("VR SDN - shots at night", null, "shots at night")]
    public void Keyword_CountryAdmin1What(string message, string? admin1, string what)
    {
        var draft = SmsReportText.Read(message, Now)!.ToDraft(ReportChannel.Sms, "sms:3");

        Assert.Equal(admin1, draft.Admin1);
        Assert.Equal(what, draft.Text);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("vrooom")]
    public void Read_NotAReport_Null(string message) => Assert.Null(SmsReportText.Read(message, Now));

    [Fact]
    public void Compact_UnknownTag_NamedInTheError()
    {
        var error = Assert.Throws<DomainRuleException>(() => SmsReportText.Read("vr|c|SDN|zz|1", Now));
        Assert.Equal("zz", error.Field);
    }

    [Theory]
    [InlineData(13.6301, 25.3501, 5)]
    [InlineData(-33.9, 18.4, 2)]
    [InlineData(64.1, -21.9, 10)]
    public void Snap_StaysInACellOfTheSize_AndNeighboursShareIt(double lat, double lon, int km)
    {
        var (cellLat, cellLon) = LocationCoarsening.Snap(lat, lon, km);
        var (nearLat, nearLon) = LocationCoarsening.Snap(lat + 0.0001, lon + 0.0001, km);

        Assert.InRange(Math.Abs(cellLat - lat) * 111.195, 0, km / 2.0 + 0.01);
        Assert.InRange(Math.Abs(cellLon - lon) * 111.195 * Math.Cos(cellLat * Math.PI / 180), 0, km / 2.0 + 0.01);
        Assert.Equal((cellLat, cellLon), (nearLat, nearLon));
        Assert.NotEqual((lat, lon), (cellLat, cellLon));
    }

    [Fact]
    public void StripPng_TextAndExifChunksGone_PictureKept()
    {
        byte[] Chunk(string type, byte[] data)
        {
            var length = new byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
            return [.. length, .. System.Text.Encoding.ASCII.GetBytes(type), .. data, 0, 0, 0, 0];
        }
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", new byte[13]), .. Chunk("tEXt", "Author\0Amina"u8.ToArray()),
            .. Chunk("eXIf", "MM\0*GPS"u8.ToArray()), .. Chunk("IDAT", [1, 2, 3]), .. Chunk("IEND", [])];

        var stripped = PhotoMetadata.Strip(png, "photo.png");

        var text = System.Text.Encoding.ASCII.GetString(stripped);
        Assert.DoesNotContain("Amina", text, StringComparison.Ordinal);
        Assert.DoesNotContain("eXIf", text, StringComparison.Ordinal);
        Assert.Contains("IDAT", text, StringComparison.Ordinal);
        Assert.Equal(png.Length - 12 - 12 - 12 - 7, stripped.Length);
    }
}
