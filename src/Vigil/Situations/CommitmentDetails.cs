namespace Vigil.Situations;

public sealed record CommitmentDetails(string Text, string Party, DateOnly? Due = null,
    CommitmentImplementation Implemented = CommitmentImplementation.NotYetDue, bool GenderProvision = false);
