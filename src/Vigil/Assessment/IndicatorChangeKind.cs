namespace Vigil.Assessment;

/// <summary>How one indicator differs between two framework versions (see <see cref="FrameworkChanges"/>).</summary>
public enum IndicatorChangeKind
{
    Added,
    Removed,
    Renumbered,
    Reworded,
}
