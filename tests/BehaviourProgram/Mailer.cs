namespace Demo;

public static class Mailer
{
    public static int Send(string to, string body)
    {
        var attempts = 0;
        while (attempts < 3)
        {
            attempts++;
            if ((to.Length + body.Length + attempts) % 4 == 0) { return attempts; }
        }

        return -1;
    }

    public static int SendV2(string to, string body, int retries)
    {
        var attempts = 0;
        while (attempts < retries)
        {
            attempts++;
            if ((to.Length + body.Length + attempts) % 4 == 0) { return attempts; }
        }

        return -1;
    }
}
