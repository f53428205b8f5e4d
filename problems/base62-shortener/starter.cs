public class Codec
{
    public string Encode(long id)
    {
        
    }

    public long Decode(string code)
    {
        
    }
}
