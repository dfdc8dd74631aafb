using static FandomBot.Core.Detection.Lexicon.IdentityConcept;
using static FandomBot.Core.Detection.Lexicon.LexiconRole;

namespace FandomBot.Core.Detection.Lexicon;

/// <summary>Portuguese cue words.</summary>
internal static class PortugueseLexicon
{
    public static void AddTo(LexiconBuilder b)
    {
        b.Language = "pt";
        b.Add(Term, Gay, "viado|veado|bicha|gosta de homens|gosta de meninos|gosta de garotos|curte homens|curte meninos|gosta de homem|gosta de menino|do vale|é do vale|joga no outro time|do outro time");
        b.Add(Term, Lesbian, "lésbica|lesbica|sapatão|sapatao|sapatona|gosta de mulheres|gosta de meninas|gosta de garotas|curte mulheres|curte meninas|gosta de mulher|gosta de menina");
        b.Add(Term, Straight, "hétero|heterossexual|é hétero");
        b.Add(Term, Queer, "não é hétero|nada hétero|zero hétero|nem um pouco hétero");
        b.Add(Term, NonBinary, "não binário|não binária|não binárie|nao binario");
        b.Add(Term, Trans, "transexual|mulher trans|homem trans");
        b.Add(Topic, "sexualidade|orientação sexual|orientação|identidade de gênero");
        b.Add(Closet, "no armário|armário|enrustido|enrustida|enrustidos|namorada de fachada|namorado de fachada|namoro de fachada|de fachada|fachada|namoro falso|namorada falsa|namorado falso|relacionamento falso|relacionamento de pr|namoro de pr|casamento lavanda|escondendo quem é|escondendo a sexualidade");
        b.Add(ComingOut, "sair do armário|sai do armário|saia do armário|se assumir|se assuma|se assume");
        b.Add(ComingOutFuture, "vai sair do armário|vai se assumir|vai assumir|vão se assumir|esperando ele se assumir|esperando ela se assumir|quando ele vai se assumir|quando ela vai se assumir|logo se assume");
        b.Add(ComingOutPast, "saiu do armário|saiu do armario|saído do armário|ter saído do armário|ter saído|se assumiu|assumiu|assumido|assumida|assumidamente|fora do armário|é assumido|é assumida|abertamente");
        b.Add(Stereotype, "jeito de andar|jeito de falar|jeito de vestir|jeito dele|jeito dela|o jeito|jeito|como ele anda|como ela anda|como ele fala|como ela fala|como ele se veste|como ela se veste|se veste|anda|a voz|voz|dá pra ver|da pra ver|dá pra perceber|dá pra notar|dá pinta|da pinta|pinta|vibe|vibes|energia|afeminado|afetado|só de olhar|olha o jeito|olha como|as roupas|roupa");
        b.Add(Hedge, "com certeza|certeza|certeza que|tenho certeza|deve ser|tem que ser|aposto|aposto que|acho que|eu acho|sem dúvida|provavelmente|talvez|tipo|na moral|impossível|não tem como|nao tem como|né|será que|sera que|alguém sabe se|vocês acham|cês acham|100 por cento|duvido que");
        b.Add(Intensifier, "óbvio|obvio|obviamente|claramente|claro que|é óbvio|todo mundo sabe|totalmente|super");
        b.Add(OverrideWeak, "na verdade|na real|realmente|secretamente");
        b.Add(Override, "só pra disfarçar|pra disfarçar|para disfarçar|disfarçar|disfarce|esse papo de|papo de|só disse|é uma fase|por pressão|mente|mentindo|finge|fingindo|pode dizer o que quiser|diz que é|supostamente");
        b.Add(Fake, "só pra promover|pra promover|para promover|promover|falsa|mentira|por fama|pra chamar atenção|publicidade|golpe de marketing|pra vender");
        b.Add(RealWorld, "na vida real|vida real|o ator|a atriz|o cantor|a cantora|o jogador|o streamer|o youtuber|em entrevistas|numa entrevista|em uma entrevista|na entrevista|entrevista|entrevistas|a namorada dele|o namorado dela|namorada dele|namorado dela|a esposa dele|o marido dela|no instagram|no insta|pessoalmente|fora das câmeras|no tapete vermelho|a namorada|o namorado|sua namorada|seu namorado|a namorada de|o namorado de|a esposa de|o marido de");
        b.Add(RealWorldWeak, "namorada|namorado|esposa|marido|fotos|namorando|ator|atriz|cantor|cantora|jogador|turnê|show ao vivo|live");
        b.Add(Fiction, "personagem|personagens|o personagem|a personagem|na série|a série|série|escrito como|escrita como|enredo|trama|episódio|capítulo|temporada|cena|cenas|representação|no livro|nos livros|livro|no quadrinho|quadrinhos|hq|no filme|o filme|filme|papel|interpreta|interpretou|fictício|ficção|canônico|canonicamente|história|roteiristas|a autora|o autor|novela");
        b.Add(Speech, "disse|diz|contou|falou que|falou");
        b.Add(Reported, "parabéns|orgulho de você|confirmou|anunciou|revelou|declarou|falou sobre|publicamente|se identifica como|se identificou como|no tweet|nas palavras dele|nas palavras dela|ele mesmo disse|ela mesma disse|orgulhoso|orgulhosa");
        b.Add(Condemning, "forçaram|forçado|forçada|forçar|nojento|horrível|não especulem|nao especulem|parem de especular|para de especular|especular|especulação|especulando|não é da nossa conta|não é da conta de ninguém|não é da sua conta|não é problema nosso|deixem ele em paz|deixem ela em paz|deixa ele em paz|deixa ela em paz|privacidade|respeitem|quando ele estiver pronto|quando ela estiver pronta|não deve nada|não dá pra saber|não tem como saber|ninguém sabe|não importa|que importa|parem de|para de|não é legal|suposições|estereótipos|estereótipo|não assumam");
        b.Add(NonPersonNoun, "direitos|casamento|orgulho|comunidade|pessoas|gente|bar|bares|dia|mês|visibilidade|história|representação|personagem|personagens|casal|casais|fãs|amigos|amigas|cultura|ícone|bandeira|parada");
        b.Add(Self, "eu|sou|meu|minha|me|mim|como lésbica|como bissexual|como gay|nós|somos|a gente");
        b.Add(Pronoun, "ele|ela|dele|dela|eles|elas");
        b.Add(Generic, "alguém|ninguém|todos|todo mundo|as pessoas|pessoas|gente|os fãs|vocês");
        b.Add(SecondPerson, "você|cê|tu|te");
        b.Add(Also, "também|tambem|também é");
        b.Add(RoleNoun, "o ator|a atriz|o cantor|a cantora|o jogador");
        b.Add(Copula, "é|e|está|tá|era|seja|foi|parece|são|tão");
        b.Add(Future, "logo|de uma vez|finalmente|vai|vão|logo|um dia|quando|esperando|esperar|mais cedo ou mais tarde|ainda|ainda não");
        b.Add(Past, "já|ja|há|faz|desde");
        b.Add(Negation, "não|nao|nunca|jamais|nada|nem");
        b.Add(Contrast, "mas|porém|embora|só que");
        b.Add(FunctionWord, "o|os|as|que|não|de|e|com|muito|uma|um|ele|ela|você|é|isso|pra|né|do|da|no|na|em|mas|também|tá|mais|tem|ser|eu|meu|minha|porque");

        // Words that carry speculation without an orientation word ("so dating", "sus", "just friends 😏"): no
        // trigger for the rules, but they send the message to the model.
        b.Add(Hint, "amor|apaixonado|apaixonada|namoro|namoradas|namorados|ficando|casalzão|conchinha|beijaram|beijo|dormiu|dormindo|quarto|curte|boy|boys|meninas|mulheres|homens|fruta|viado|v1ado|disfarçado|primos|dividem|apartamento|personal|juntas|desgrudam|olhar|olham|olhando|rainha|bigodinho|rebolou|nasceu|homem|descobrir|descobriu|aposto|sinto|fugir|explicado|explica|carinho|interesse|namorado|namorada|namorando|namoram|juntos|casal|casados|casada|casado|casamento|esposa|marido|mulher|amigos|amigas|amigo|amiga|suspeito|suspeita|vibe|energia|beijos|beijou|abraço|abraços|abraçados|alianças|aliança|anel|orgulho|bandeira|química|tensão|segredo|escondido|esconde|escondendo|admitir|admite|confirma|confirmado|anúncio|afeminado|afetado|sapatão|enrustido|enrustida|armário|obviamente|sinais|provas|pistas|boatos|fofoca|ship|shippo|shippar|fake|contrato|publicidade|fachada|barba|pronomes|gay|lésbica|bi|trans|sabem|sabe|percebe|dá|óbvio|real|razão|certeza|verdade|nome|entendido|delicadinho|unha|pinta|vale|sócias|relação|relacionamento|divórcio|lua de mel|alma gêmea|almas gêmeas|colega de quarto|minha pessoa|cara metade|maridos|esposas|aniversário|amizade|mais que amigos|história de amor|esconder|disfarça|reparem|reparou");
    }
}
