using Vigil.Mapping;

namespace Vigil.Tests.Mapping;

public sealed class TopoJsonTests
{
    // Two unit squares sharing the arc x = 1; quantized (scale 1, translate 10, 20), delta-encoded.
    private const string Topology = """
        {
          "type": "Topology",
          "transform": { "scale": [1, 1], "translate": [10, 20] },
          "objects": {
            "countries": {
              "type": "GeometryCollection",
              "geometries": [
                { "type": "Polygon", "id": "004", "properties": { "name": "West" }, "arcs": [[0, 1]] },
                { "type": "MultiPolygon", "id": "008", "properties": { "name": "East" }, "arcs": [[[2, -1]]] },
                { "type": "Point", "id": "999", "coordinates": [0, 0] }
              ]
            }
          },
          "arcs": [
            [[1, 0], [0, 1]],
            [[1, 1], [-1, 0], [0, -1], [1, 0]],
            [[1, 0], [1, 0], [0, 1], [-1, 0]]
          ]
        }
        """;

    [Fact]
    public void Decode_QuantizedArcs_UndoesDeltaEncodingAndTransform()
    {
        var features = TopoJson.Decode(Topology, "countries");

        var west = features[0];
        Assert.Equal("004", west.Id);
        Assert.Equal("West", west.Name);
        // Arc 0 (11,20)→(11,21), then arc 1 without its first point: (10,21), (10,20), (11,20).
        Assert.Equal([(11.0, 20.0), (11.0, 21.0), (10.0, 21.0), (10.0, 20.0), (11.0, 20.0)], west.Polygons.Single().Single());
    }

    [Fact]
    public void Decode_NegativeIndex_ReversesTheSharedArc()
    {
        var east = TopoJson.Decode(Topology, "countries")[1];

        Assert.Equal("East", east.Name);
        // Arc 2 (11,20)→(12,20)→(12,21)→(11,21), then arc 0 reversed (11,21)→(11,20) without its first point.
        Assert.Equal([(11.0, 20.0), (12.0, 20.0), (12.0, 21.0), (11.0, 21.0), (11.0, 20.0)], east.Polygons.Single().Single());
    }

    [Fact]
    public void Decode_UnsupportedGeometry_HasNoPolygons()
    {
        Assert.Empty(TopoJson.Decode(Topology, "countries")[2].Polygons);
    }

    [Fact]
    public void ToSvgPath_Square_IsOneClosedSubpathInEquirectangularProjection()
    {
        var west = TopoJson.Decode(Topology, "countries")[0];

        Assert.Equal("M191,64L191,63L190,63L190,64L191,64Z", TopoJson.ToSvgPath(west, k: 1, top: 84));
    }

    [Fact]
    public void ToSvgPath_RingCrossingTheAntimeridian_IsUnwrappedNotDrawnAcrossTheMap()
    {
        var feature = new MapFeature("242", "Fiji", [[[(179.0, -17.0), (-179.0, -17.0), (-179.0, -18.0), (179.0, -18.0)]]]);

        Assert.Equal("M359,101L361,101L361,102L359,102Z", TopoJson.ToSvgPath(feature, k: 1, top: 84));
    }

    [Fact]
    public void Decode_NotATopology_Throws()
    {
        Assert.Throws<FormatException>(() => TopoJson.Decode("""{ "type": "FeatureCollection" }""", "countries"));
    }
}
