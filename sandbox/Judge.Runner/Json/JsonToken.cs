namespace Judge.Runner.Json;

public enum JsonToken
{
    None,
    StartArray,
    EndArray,
    StartObject,
    EndObject,
    PropertyName,
    String,
    Number,
    True,
    False,
    Null,
}
