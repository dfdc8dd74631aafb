using static FandomBot.Core.Detection.Lexicon.IdentityConcept;
using static FandomBot.Core.Detection.Lexicon.LexiconRole;

namespace FandomBot.Core.Detection.Lexicon;

/// <summary>French cue words.</summary>
internal static class FrenchLexicon
{
    public static void AddTo(LexiconBuilder b)
    {
        b.Language = "fr";
        b.Add(Term, Gay, "pédé|pd|homo|aime les hommes|aime les garçons|aime les mecs|préfère les hommes|préfère les mecs|de l'autre bord|de l'autre équipe");
        b.Add(Term, Lesbian, "gouine|aime les femmes|aime les filles|aime les meufs|préfère les femmes|préfère les filles");
        b.Add(Term, Straight, "hétéro|hétérosexuel|hétérosexuelle|est hétéro");
        b.Add(Term, Queer, "aucun hétéro|aucun mec hétéro|jamais un hétéro|pas hétéro|pas du tout hétéro|tout sauf hétéro|n'est pas hétéro");
        b.Add(Term, NonBinary, "non binaire|non-binaire");
        b.Add(Term, Trans, "transsexuel|transsexuelle|femme trans|homme trans");
        b.Add(Topic, "sexualité|orientation sexuelle|orientation|identité de genre");
        b.Add(Closet, "couverture|une couverture|c'est une couverture|dans le placard|placard|au placard|fausse copine|faux copain|faux couple|couple de façade|de façade|relation de façade|fausse relation|relation pr|relation de pr|copine pr|mariage lavande|cache sa sexualité|se cache|dans le déni");
        b.Add(ComingOut, "son coming out|ton coming out|sort du placard|sorte du placard|faire son coming out|fasse son coming out|coming out|faire son coming-out");
        b.Add(ComingOutFuture, "va sortir du placard|sortira du placard|fera son coming out|va faire son coming out|attend qu'il sorte|attendre qu'il fasse|quand va-t-il");
        b.Add(ComingOutPast, "est sorti du placard|est sortie du placard|sorti du placard|a fait son coming out|a fait son coming-out|ouvertement|assumé|assumée|s'assume|s'est assumé");
        b.Add(Stereotype, "façon de marcher|façon de parler|façon de s'habiller|manière de marcher|manière de parler|sa démarche|démarche|sa voix|voix|s'habille|il s'habille|elle s'habille|ses tenues|tenue|ça se voit|ca se voit|on voit bien|on le voit|se voit|vibes|vibe|énergie|efféminé|maniéré|il suffit de le regarder|il suffit de la regarder|regardez comment|regarde comment|crève les yeux|ça crève les yeux");
        b.Add(Hedge, "je parie|parie|je pense que|je pense|je crois|sans doute|sûrement|surement|doit être|forcément|probablement|peut-être|peut être|franchement|grave|à tous les coups|aucune chance|pas moyen|c'est sûr|c'est clair|trop|non|hein|vous pensez|vous croyez|quelqu'un sait si|je me demande|100 pour cent");
        b.Add(Intensifier, "clairement|évidemment|évident|c'est évident|bien sûr|tout le monde sait|totalement|carrément|complètement");
        b.Add(OverrideWeak, "en vrai|en réalité|vraiment|secrètement");
        b.Add(Override, "juste pour pas choquer|pour pas choquer|pour ne pas choquer|juste pour|c'est une phase|par pression|ment|il ment|elle ment|fait semblant|prétend|soi-disant|soi disant|peu importe ce qu'il dit|peu importe ce qu'elle dit|il dit qu'il est|elle dit qu'elle est");
        b.Add(Fake, "pour promouvoir|pour la promo|fausse|mensonge|pour le buzz|coup de pub|pub|pour l'attention|pour vendre");
        b.Add(RealWorld, "dans la vraie vie|vraie vie|l'acteur|l'actrice|le chanteur|la chanteuse|le joueur|le streamer|le youtubeur|en interview|dans une interview|dans cette interview|interview|interviews|sa copine|son copain|sa petite amie|son petit ami|sa femme|son mari|la copine de|le copain de|la femme de|le mari de|sur instagram|sur son insta|en personne|hors caméra|sur le tapis rouge|en privé");
        b.Add(RealWorldWeak, "copine|copain|petite amie|petit ami|femme|mari|photos|sort avec|acteur|actrice|chanteur|chanteuse|joueur|tournée|concert|live");
        b.Add(Fiction, "personnage|personnages|son personnage|le personnage|dans la série|la série|série|écrit comme|écrite comme|intrigue|épisode|chapitre|saison|scène|scènes|représentation|dans le livre|dans les livres|livre|dans la bd|bd|dans le film|le film|film|son rôle|rôle|joue|jouait|fictif|fiction|canon|canoniquement|l'histoire|histoire|scénaristes|l'autrice|l'auteur");
        b.Add(Speech, "a dit|dit|l'a dit");
        b.Add(Reported, "bravo pour|félicitations|fiers de toi|fière de toi|fier de toi|en parle|elle en parle|il en parle|en a parlé|a déclaré|a confirmé|a annoncé|a révélé|a parlé de|publiquement|s'identifie comme|s'est identifié|dans son tweet|dans ses propres mots|l'a confirmé|fier|fière");
        b.Add(Condemning, "forcé|forcée|forcer|dégueulasse|horrible|arrêtez de spéculer|arrêtons de spéculer|arrête de spéculer|ne spéculez pas|spéculer|spéculation|spéculations|ce ne sont pas nos affaires|pas nos affaires|pas tes affaires|pas nos oignons|ça ne nous regarde pas|ne nous regarde pas|ne regarde personne|laissez-le tranquille|laissez-la tranquille|laissez le tranquille|laissez la tranquille|vie privée|respectez|quand il sera prêt|quand elle sera prête|ne doit rien|on ne peut pas savoir|personne ne sait|peu importe|on s'en fiche|arrêtez de|arrête de|c'est pas cool|suppositions|stéréotypes|stéréotype|pas à nous de");
        b.Add(NonPersonNoun, "droits|mariage|fierté|communauté|personnes|gens|bar|bars|jour|journée|mois|visibilité|histoire|représentation|personnage|personnages|couple|couples|fans|amis|amies|culture|icône|drapeau|pride");
        b.Add(Self, "je|j|moi|suis|je suis|mon|ma|mes|en tant que|nous|on est");
        b.Add(Pronoun, "il|elle|lui|ils|elles");
        b.Add(Generic, "quelqu'un|personne|tout le monde|les gens|gens|les fans|on");
        b.Add(SecondPerson, "vous|tu|toi|t'es|te");
        b.Add(Also, "aussi|l'est aussi|également");
        b.Add(RoleNoun, "l'acteur|l'actrice|le chanteur|la chanteuse|le joueur");
        b.Add(Copula, "est|c'est|était|soit|sont|semble|a l'air");
        b.Add(Future, "enfin|attend|on attend|toujours pas|va|vont|bientôt|un jour|quand|attend|attendre|tôt ou tard|pas encore|toujours pas");
        b.Add(Past, "déjà|depuis|il y a");
        b.Add(Negation, "ne|n|pas|jamais|rien|non");
        b.Add(Contrast, "mais|pourtant|bien que|même si");
        b.Add(FunctionWord, "le|la|les|est|que|pas|il|elle|de|et|c|une|un|ce|je|des|du|très|mais|qui|sur|avec|pour|dans|au|aux|ça|ne|trop|tout|son|sa|ses|j|vraiment");

        // Words that carry speculation without an orientation word ("so dating", "sus", "just friends 😏"): no
        // trigger for the rules, but they send the message to the model.
        b.Add(Hint, "amour|amoureux|amoureuse|chum|blonde|mec|meuf|meufs|mecs|hommes|femmes|gars|garçons|filles|fille|célibataire|garde-robe|ongles|manucure|chemises|soie|iel|dis-le|esquive|esquivé|privée|relation|hétéro|hétéros|rougit|ex|hashtag|semblant|regard|mariage|pote|potes|anniv|garanti|eurovision|mylène|copain|copine|sortent|sort|ensemble|couple|mariés|marié|mariée|épouse|mari|femme|amis|amies|ami|amie|louche|chelou|suspect|vibe|vibes|énergie|bisou|bisous|embrassé|câlin|câlins|bagues|bague|alliance|fierté|drapeau|alchimie|tension|secret|secrètement|cache|cacher|caché|admettre|avoue|confirme|confirmé|annonce|efféminé|maniéré|garçon|manqué|placard|évidemment|remarque|signes|preuves|indices|rumeurs|potins|ragots|ship|fake|contrat|pub|couverture|façade|barbe|pronoms|gay|lesbienne|bi|trans|sait|savent|voit|évident|sûr|clair|real|raison|vrai|exact|aveu|nom|profil|queen|bord|maquille|divorce|lune de miel|âme sœur|âmes sœurs|coloc|colocataire|colocs|maris|épouses|amitié|ma moitié|plus que des amis|histoire d'amour|copains|copines|vérité|parie|avouer|avouera|avoué|calcul|carreaux");
    }
}
