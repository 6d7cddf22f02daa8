namespace Vigil.Forecasting.ElasticNet;

/// <summary>Predictors stored column by column (the coordinate-descent solver walks one column at a time).</summary>
public sealed class DesignMatrix
{
    public DesignMatrix(double[][] columns)
    {
        Columns = columns;
        Rows = columns.Length == 0 ? 0 : columns[0].Length;
        if (columns.Any(c => c.Length != Rows))
        {
            throw new ArgumentException("All columns must have the same length.", nameof(columns));
        }
    }

    public double[][] Columns { get; }

    public int Rows { get; }

    public int Count => Columns.Length;

    public static DesignMatrix FromRows(IReadOnlyList<double[]> rows, int columns)
    {
        var data = new double[columns][];
        for (var j = 0; j < columns; j++)
        {
            var column = new double[rows.Count];
            for (var i = 0; i < rows.Count; i++)
            {
                column[i] = rows[i][j];
            }
            data[j] = column;
        }
        return new DesignMatrix(data);
    }

    public DesignMatrix Subset(IReadOnlyList<int> rowIndices)
    {
        var data = new double[Count][];
        for (var j = 0; j < Count; j++)
        {
            var source = Columns[j];
            var column = new double[rowIndices.Count];
            for (var i = 0; i < column.Length; i++)
            {
                column[i] = source[rowIndices[i]];
            }
            data[j] = column;
        }
        return new DesignMatrix(data);
    }
}
