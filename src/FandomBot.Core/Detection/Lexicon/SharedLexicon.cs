using static FandomBot.Core.Detection.Lexicon.IdentityConcept;
using static FandomBot.Core.Detection.Lexicon.LexiconRole;

namespace FandomBot.Core.Detection.Lexicon;

/// <summary>Words every supported language borrows: gay, bi, queer, trans, LGBT, gaydar, queerbaiting, PR, fake, irl.</summary>
internal static class SharedLexicon
{
    public static void AddTo(LexiconBuilder b)
    {
        b.Language = "*";
        b.Add(Term, Gay, "gay|gays|homo|homosexual|homosexuel|homosexuell|homossexual|mlm|gai");
        b.Add(Term, Bi, "bi|bisexual|bisexuel|bisexuelle|bisexuell|bissexual|bi sexual|bi-sexual|bisexuality");
        b.Add(Term, Pan, "pan|pansexual|pansexuel|pansexuell|pansexuelle");
        b.Add(Term, Queer, "queer|lgbt|lgbtq|lgbtqia|lgbtq+|lgbtqia+|lgbti|sapphic|wlw|achillean");
        b.Add(Term, Lesbian, "lesbian|lesbians|lesbo|lesbiana|lesbica|lesbienne|lesbisch|lesbe|dyke");
        b.Add(Term, Straight, "hetero|heterosexual|heterossexual|heterosexuel|heterosexuelle|heterosexuell|str8|cishet");
        b.Add(Term, Trans, "trans|transgender|transsexual|transgenero|transgenre|transident|mtf|ftm|trans man|trans woman");
        b.Add(Term, NonBinary, "nonbinary|non binary|non-binary|enby|genderfluid|genderqueer|agender|nb");
        b.Add(Term, Ace, "asexual|asexuel|asexuelle|asexuell|assexual|aroace|acespec");
        b.Add(Term, Aro, "aromantic|aro|aromantique|aromantisch|aromantico");
        b.Add(Gaydar, "gaydar|gay radar|radar gay");
        b.Add(Queerbaiting, "queerbait|queerbaiting|queerbaits|queerbaited|queer baiting|queer bait");
        b.Add(Fake, "fake|pr|p r|pr stunt|publicity stunt|clout|for clout|marketing|showmance");
        b.Add(RealWorld, "irl|in real life|ig|insta|instagram|tiktok|twitter|x.com|youtube|twitch|podcast|paparazzi|paps");
        b.Add(Fiction, "canon|canonically|headcanon|fanfic|fanfiction|fic|au|s1|s2|s3|s4|ep1|ep2|ep3|ep4|ep5|ep6|ep7|ep8|oc|ship|otp|ep|eps|manga|anime|manhwa|webtoon|dlc|visual novel|cutscene|lore|fandom wiki|jjk|aot|snk|mha|bnha|genshin|hsr");
        b.Add(Hedge, "100%|lowkey|highkey|ngl|fr fr|istg|tbh");
    }
}
