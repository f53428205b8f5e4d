using Judge.Runner.Json;

namespace Judge.Runner.Values;

/// <summary>Splits an argument array (a function test's input, a design operation's arguments) into one slice per argument.</summary>
public static class JsonArguments
{
    public static List<JsonSlice> Split(string input) => Split(JsonSlice.Of(input));

    /// <summary>Nothing may follow the array: true by construction of a slice that <see cref="JsonCursor.Skip"/> cut, checked for a whole input.</summary>
    public static List<JsonSlice> Split(JsonSlice array)
    {
        var cursor = array.Open(JsonSlice.StreamedDepth);
        var arguments = Items(cursor);
        cursor.ExpectEnd();
        return arguments;
    }

    /// <summary>The items of the array whose start the cursor is on, one slice each; leaves the cursor on its end.</summary>
    public static List<JsonSlice> Items(JsonCursor cursor)
    {
        if (cursor.Token != JsonToken.StartArray)
        {
            throw new InvalidOperationException("Arguments come as an array.");
        }
        var items = new List<JsonSlice>();
        while (cursor.Next() != JsonToken.EndArray)
        {
            var start = cursor.TokenStart;
            cursor.Skip();
            items.Add(cursor.SliceFrom(start));
        }
        return items;
    }
}
