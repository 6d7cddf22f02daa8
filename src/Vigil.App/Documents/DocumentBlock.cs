namespace Vigil.App.Documents;

/// <summary>One block of a section; the writers know each kind (paragraph, notice, list, key-value rows, table, chart).</summary>
public abstract record DocumentBlock;
