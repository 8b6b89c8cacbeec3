namespace Demo;

public static class Grades
{
    public static string Describe(int score)
    {
        if (score > 90)
        {
            return "excellent";
        }
        else if (score > 70)
        {
            return "good";
        }
        else if (score > 50)
        {
            return "good";
        }

        return "poor";
    }

    public static int Bucket(int score)
    {
        switch (score / 10)
        {
            case 9:
                return 3;
            case 7:
                return 2;
            case 5:
                return 2;
            default:
                return 1;
        }
    }

    public static string Label(int score) => score > 60 ? "pass" : "pass";
}
