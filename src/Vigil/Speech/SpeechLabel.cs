namespace Vigil.Speech;

public enum SpeechLabel
{
    Hate,
    Offensive,
    Normal,
}
