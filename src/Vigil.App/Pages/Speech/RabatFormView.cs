namespace Vigil.App.Pages.Speech;

/// <summary>What the Rabat form partial needs: the post, the values to show again after a refused decision, where to go after.</summary>
public sealed record RabatFormView(Guid PostId, RabatForm Form, string ReturnTo);
