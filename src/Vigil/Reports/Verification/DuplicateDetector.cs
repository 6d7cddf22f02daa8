namespace Vigil.Reports.Verification;

/// <summary>
/// Suggests merges among reports: every pair inside the <see cref="DuplicateWindow"/> whose MinHash similarity reaches
/// <see cref="Threshold"/>. Pairs are compared only within the window (reports sorted by time, a pair looked at only
/// while the later one is within the window's days), which keeps the work to the reports of a few days in one country
/// rather than every pair; no banding (LSH) is needed at the volumes a monitoring network sends.
/// </summary>
public sealed class DuplicateDetector(DuplicateWindow window, double threshold = DuplicateDetector.DefaultThreshold)
{
    /// <summary>
    /// Estimated Jaccard similarity of the 3-character shingles from which a pair is suggested: low enough for a retelling
    /// with reordered clauses and other particles (DuplicateDetectionTests), far above unrelated reports (below 0.2).
    /// </summary>
    public const double DefaultThreshold = 0.45;

    public double Threshold { get; } = threshold;

    public IReadOnlyList<DuplicateSuggestion> Suggest(IEnumerable<DuplicateCandidate> candidates)
    {
        var sorted = candidates.OrderBy(c => c.Place.OccurredAt).ThenBy(c => c.ReportId)
            .Select(c => (Candidate: c, Signature: MinHashSignature.Of(c.Text))).ToList();
        var result = new List<DuplicateSuggestion>();
        for (var i = 0; i < sorted.Count; i++)
        {
            for (var j = i + 1; j < sorted.Count; j++)
            {
                var (earlier, later) = (sorted[i], sorted[j]);
                if ((later.Candidate.Place.OccurredAt - earlier.Candidate.Place.OccurredAt).TotalDays > window.Days)
                {
                    break;
                }
                if (!window.Contains(earlier.Candidate.Place, later.Candidate.Place))
                {
                    continue;
                }
                var similarity = earlier.Signature.Similarity(later.Signature);
                if (similarity >= Threshold)
                {
                    result.Add(new DuplicateSuggestion(earlier.Candidate.ReportId, later.Candidate.ReportId, similarity));
                }
            }
        }
        return [.. result.OrderByDescending(s => s.Similarity)];
    }
}
